/** The demo organization. Contact details are placeholders (example.org, 555 numbers). */
export const demoMission =
  'Working with and educating immigrants, community organizations, and the legal sector to help build a democratic society that values diversity and the rights of all people';

export const demoOrganization = {
  name: 'Immigrant Legal Resource Center',
  shortName: 'ILRC',
  tagline: demoMission,
  email: 'info@example.org',
  phone: '(555) 010-0100',
  address: '123 Example Street, Suite 400, San Francisco, CA',
};

export const demoHeroAlt = 'People in a room holding American flags.';
export const demoFeatureAlt = 'People at protest holding signs.';
