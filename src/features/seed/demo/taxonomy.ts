import type { DemoTopic, DemoType } from './types.ts';

/** Resource types, in the order the library's type filter lists them. */
export const demoTypes: DemoType[] = [
  { slug: 'practice-advisory', name: 'Practice Advisory' },
  { slug: 'faq-explainer', name: 'FAQs & Explainers' },
  { slug: 'toolkit-report', name: 'Toolkit & Reports' },
  { slug: 'community-resource', name: 'Community Resource' },
  { slug: 'policy-analysis', name: 'Policy Analysis' },
  { slug: 'chart', name: 'Chart' },
  { slug: 'sample-form', name: 'Sample Form' },
  { slug: 'webinar-recording', name: 'Webinar Recording' },
  { slug: 'public-comment', name: 'Public Comments / Sign-on Letters' },
];

/** Topics ("issues") a resource can be tagged with. */
export const demoTopics: DemoTopic[] = [
  {
    slug: 'citizenship-and-naturalization',
    name: 'Citizenship and Naturalization',
    description: 'Eligibility for naturalization, fee relief, derived and acquired citizenship, and preparing for the interview.',
  },
  {
    slug: 'daca',
    name: 'DACA',
    description: 'Deferred Action for Childhood Arrivals: eligibility, renewals, travel, and the litigation that shapes the program.',
  },
  {
    slug: 'family-based-immigration',
    name: 'Family-Based Immigration',
    description: 'Petitions for relatives, waivers of inadmissibility, consular processing, and programs that keep families together.',
  },
  {
    slug: 'immigrant-youth',
    name: 'Immigrant Youth',
    description: 'Relief and rights for children and young adults, including Special Immigrant Juvenile Status and students in school.',
  },
  {
    slug: 'removal-defense',
    name: 'Removal Defense',
    description: 'Representing people in immigration court: relief from removal, bond, motions, and prosecutorial discretion.',
  },
  {
    slug: 'u-visa-t-visa-vawa',
    name: 'U Visa/T Visa/VAWA',
    description: 'Humanitarian protection for survivors of crime, human trafficking, and domestic violence.',
  },
  {
    slug: 'policy-advocacy',
    name: 'Policy Advocacy',
    description: 'Analysis of federal, state, and local policy and tools for campaigns that protect immigrant communities.',
  },
  {
    slug: 'civic-participation',
    name: 'Civic Participation',
    description: 'Voter registration for new citizens, community organizing, and building immigrant political power.',
  },
  {
    slug: 'crimes-and-immigration',
    name: 'Crimes',
    description: 'How arrests, pleas, convictions, and sentences affect immigration status, and how defenders can avoid harm.',
  },
  {
    slug: 'enforcement',
    name: 'Enforcement',
    description: 'ICE and local police cooperation, detainers, raids, and what people can do when enforcement reaches them.',
  },
  {
    slug: 'asylum',
    name: 'Asylum',
    description: 'Eligibility for asylum and related protection, filing deadlines, and changing rules at the border.',
  },
  {
    slug: 'tps',
    name: 'TPS',
    description: 'Temporary Protected Status: designations, registration, travel, and paths to permanent residence.',
  },
  {
    slug: 'public-charge',
    name: 'Public Charge',
    description: 'Which public benefits count in a public charge test, who is exempt, and how to talk with families about it.',
  },
  {
    slug: 'post-conviction-relief',
    name: 'Post-Conviction Relief',
    description: 'Vacating or modifying criminal convictions and sentences so they no longer carry immigration consequences.',
  },
];
