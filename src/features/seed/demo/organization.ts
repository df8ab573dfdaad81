/** The demo organization. Contact details are placeholders (example.org, 555 numbers). */
export const demoMission =
  'Working with and educating immigrants, community organizations, and the legal sector to help build a democratic society that values diversity and the rights of all people';

/** The mission on Spanish pages (the homepage document's `missionEs`). */
export const demoMissionEs =
  'Trabajamos con personas inmigrantes, organizaciones comunitarias y el sector legal, y las educamos, para construir una sociedad democrática que valore la diversidad y los derechos de todas las personas';

export const demoOrganization = {
  name: 'Immigrant Legal Resource Center',
  shortName: 'ILRC',
  tagline: demoMission,
  taglineEs: demoMissionEs,
  email: 'info@example.org',
  phone: '(555) 010-0100',
  address: '123 Example Street, Suite 400, San Francisco, CA',
};

export const demoHeroAlt = 'People in a room holding American flags.';
export const demoFeatureAlt = 'People at protest holding signs.';
export const demoHeroAltEs = 'Personas en una sala sosteniendo banderas de Estados Unidos.';
/** The featured statement's teaser on Spanish pages (homepage_features.teaser_es). */
export const demoStatementTeaserEs = 'Un alto el fuego permanente puede ser el primer paso hacia la paz y la estabilidad en la región.';
