import type { DemoPage, DemoProject, DemoStatement } from './types.ts';

/** Projects and networks, in the order the homepage lists them. */
export const demoProjects: DemoProject[] = [
  {
    slug: 'immigrant-justice-network',
    name: 'Immigrant Justice Network',
    nameEs: 'Red de Justicia para Inmigrantes',
    summaryEs:
      'La Red de Justicia para Inmigrantes (IJN) hace incidencia, educación, asistencia técnica, capacitación, comunicación y litigio para atender a quienes quedan atrapados entre el sistema penal y el de inmigración.',
    summary:
      'The Immigrant Justice Network (IJN) engages in advocacy, education, technical assistance, training, communications, and litigation to address the needs of those caught in the intersection of the criminal justice and immigration systems.',
    body: `The network brings together organizations that work where criminal courts and immigration enforcement meet. Its members train public defenders on the immigration consequences of pleas, answer case questions from defense counsel and immigration attorneys, and press for laws that stop a single arrest from turning into a deportation.

## What the network offers

- Practice advisories and charts on the immigration consequences of criminal offenses
- Technical assistance for defenders and post-conviction practitioners
- Trainings and webinars for attorneys at every level of experience
- Policy advocacy and litigation support on crimes-based removal

Resources produced with the network are collected below. Many are written for practitioners; some are written for the people and families directly affected.`,
  },
  {
    slug: 'new-americans-campaign',
    name: 'New Americans Campaign',
    nameEs: 'Campaña Nuevos Americanos',
    summaryEs:
      'La Campaña Nuevos Americanos (NAC), un proyecto del ILRC, es una red nacional y apartidista de proveedores de servicios legales, organizaciones religiosas, empresas, fundaciones y líderes comunitarios que abre un mejor camino hacia la ciudadanía.',
    summary:
      'The New Americans Campaign (NAC), a project of the ILRC, is a nonpartisan, groundbreaking national network of legal-service providers, faith-based organizations, businesses, foundations and community leaders that is paving a better road to citizenship.',
    body: `Millions of lawful permanent residents are eligible to naturalize but have not applied. Cost, confusion about the process, and fear of making a mistake keep many of them from taking the step. The campaign's partners meet people where they are: at large citizenship workshops, at one-on-one appointments, and through trusted community groups.

## How partners work together

Partners share screening tools, volunteer training, and workshop models so that eligible residents get accurate, affordable help. The campaign also helps applicants use fee waivers and reduced fees, and it encourages new citizens to register to vote and take part in civic life.

The materials below support workshop organizers, legal-service providers, and applicants themselves.`,
  },
  {
    slug: 'collective-freedom-project',
    name: 'Collective Freedom Project',
    nameEs: 'Proyecto Libertad Colectiva',
    summaryEs:
      'El Proyecto Libertad Colectiva cuenta las historias de esfuerzos locales en los que personas, ciudadanas y no ciudadanas, se unieron para luchar contra la criminalización en sus comunidades.',
    summary:
      'The Collective Freedom Project tells the stories of the local efforts where people — both U.S. citizens and non U.S. citizens — came together to fight unique campaigns against criminalization in their communities.',
    body: `Across the country, residents have organized to end jail cooperation with immigration authorities, cancel 287(g) agreements, and change how their counties police and prosecute. These campaigns often begin with a handful of people and a public meeting. The project documents how they were built, what tactics worked, and what organizers would do differently.

## Why local stories matter

Sheriffs, district attorneys, and county boards make decisions that determine whether an arrest leads to deportation. Campaigns that understand those decisions can change them. The project's case studies, guides, and recordings are meant to help the next group of organizers start with the lessons others learned the hard way.`,
  },
];

export const demoStatement: DemoStatement = {
  slug: 'ilrc-calls-for-a-permanent-ceasefire',
  title: 'ILRC Calls for a Permanent Ceasefire',
  summary: 'A permanent ceasefire can be the first step towards peace and stability in the region.',
  body: `We are heartbroken by the loss of civilian life in Israel and Gaza, and we join the many voices calling for a permanent ceasefire. A ceasefire can be the first step towards peace and stability in the region, and towards the delivery of humanitarian aid to people who urgently need it.

Our work is rooted in the belief that every person deserves safety and dignity. Many members of the communities we serve have family in the region, and many have themselves fled war. We stand against antisemitism, Islamophobia, and anti-Palestinian and anti-Arab hate, here and everywhere.

We also urge the federal government to make humanitarian protection, including Temporary Protected Status, available to people who cannot safely return home.`,
  publishedOn: '2023-11-09',
};

export const demoPages: DemoPage[] = [
  {
    slug: 'about',
    title: 'About Us',
    summary:
      'We are a national nonprofit resource center that provides legal training, educational materials, and advocacy to advance immigrant rights.',
    body: `## Who we are

We are a national nonprofit that works with immigrants, community organizations, and the legal sector to help build a democratic society that values diversity and the rights of all people. We were founded by attorneys and advocates who saw that the people helping immigrants needed clear, reliable guidance on a body of law that changes constantly.

## What we do

- **Legal training and technical assistance.** We train attorneys, accredited representatives, public defenders, and paralegals, and we answer their case questions.
- **Practice resources.** Our library holds practice advisories, charts, sample forms, and manuals on family-based immigration, naturalization, removal defense, humanitarian relief, and the immigration consequences of crimes.
- **Community education.** We publish plain-language materials, including Know Your Rights cards, in many languages.
- **Policy advocacy.** We work with local, state, and national partners to change policies that separate families and criminalize immigrants.

## How to use this site

Every resource in the library shows when it was published and, where it applies, when it was last updated or which newer resource replaces it. The law changes often: always check the date and the current law before relying on any resource, and consult a qualified attorney or accredited representative about a specific case.`,
  },
  {
    slug: 'contact',
    title: 'Contact Us',
    summary: 'How to reach our staff with general questions, media requests, and requests for training.',
    body: `## General inquiries

- Email: [info@example.org](mailto:info@example.org)
- Phone: (555) 010-0100
- Mail: 123 Example Street, Suite 400, San Francisco, CA

Our office is open Monday through Friday, 9 a.m. to 5 p.m. Pacific time.

## Individual legal help

We do not represent individuals and cannot give legal advice about a specific case by phone or email. If you need help with your own immigration case, look for a nonprofit legal-services provider near you, or a licensed attorney or accredited representative. Be careful of anyone who calls themselves a "notario" and offers to file immigration papers for you.

## Practitioners and partners

Attorneys and accredited representatives at partner organizations can request technical assistance through their organization's designated contact. For training requests, media inquiries, and permission to reprint our materials, email us and tell us briefly what you need.`,
  },
  {
    slug: 'find-legal-help',
    title: 'Find Legal Help',
    summary: 'Where to find a nonprofit legal-services provider, what to do in an emergency, and Know Your Rights materials in your language.',
    body: `We do not represent individuals, but these services can help with your own case. Staff keep this page up to date under Staff → Pages.

## Find a legal-services provider

- [National directory of nonprofit immigration legal services](https://www.immigrationlawhelp.org/): search by ZIP code, language and type of case.
- [Free legal service providers near each immigration court](https://www.justice.gov/eoir/list-pro-bono-legal-service-providers): the Department of Justice's list, by state.
- [Recognized organizations and accredited representatives](https://www.justice.gov/eoir/recognition-accreditation-roster-reports): only licensed attorneys and accredited representatives may give immigration legal advice. Beware of "notarios".

## In an emergency

- If someone is detained: call the local rapid-response hotline, (555) 010-0199 (placeholder: the organization sets its own numbers here).
- Detention locator: [find a person in immigration detention](https://locator.ice.gov/).
- In danger right now: call 911.

## Know Your Rights, in your language

- [Know Your Rights resources in English](/resources?topic=enforcement&lang=en)
- [Conozca sus derechos en español](/es/resources?topic=enforcement&lang=es)
- [Red cards in 16 languages](/resources/know-your-rights-red-cards)`,
  },
];
