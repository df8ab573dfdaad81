import type { DemoTopic, DemoType } from './types.ts';

/** A demo type with its name on Spanish pages. */
export type DemoTypeEs = DemoType & { nameEs: string; noticeAfterYears?: number };
/** A demo topic with its name and description on Spanish pages. */
export type DemoTopicEs = DemoTopic & { nameEs: string; descriptionEs: string };

/** Resource types, in the order the library's type filter lists them. */
export const demoTypes: DemoTypeEs[] = [
  // Advice ages: a practice advisory over three years old says so (docs/authorities.md).
  { slug: 'practice-advisory', name: 'Practice Advisory', nameEs: 'Aviso práctico', noticeAfterYears: 3 },
  { slug: 'faq-explainer', name: 'FAQs & Explainers', nameEs: 'Preguntas frecuentes y guías' },
  { slug: 'toolkit-report', name: 'Toolkit & Reports', nameEs: 'Herramientas e informes' },
  { slug: 'community-resource', name: 'Community Resource', nameEs: 'Recurso comunitario' },
  { slug: 'policy-analysis', name: 'Policy Analysis', nameEs: 'Análisis de políticas' },
  { slug: 'chart', name: 'Chart', nameEs: 'Cuadro' },
  { slug: 'sample-form', name: 'Sample Form', nameEs: 'Formulario modelo' },
  { slug: 'webinar-recording', name: 'Webinar Recording', nameEs: 'Grabación de seminario web' },
  { slug: 'public-comment', name: 'Public Comments / Sign-on Letters', nameEs: 'Comentarios públicos / Cartas de adhesión' },
];

/** Topics ("issues") a resource can be tagged with. */
export const demoTopics: DemoTopicEs[] = [
  {
    slug: 'citizenship-and-naturalization',
    name: 'Citizenship and Naturalization',
    description: 'Eligibility for naturalization, fee relief, derived and acquired citizenship, and preparing for the interview.',
    nameEs: 'Ciudadanía y naturalización',
    descriptionEs: 'Requisitos para la naturalización, exención de tarifas, ciudadanía derivada y adquirida, y preparación para la entrevista.',
  },
  {
    slug: 'daca',
    name: 'DACA',
    description: 'Deferred Action for Childhood Arrivals: eligibility, renewals, travel, and the litigation that shapes the program.',
    nameEs: 'DACA',
    descriptionEs: 'Acción Diferida para los Llegados en la Infancia: requisitos, renovaciones, viajes y los litigios que definen el programa.',
  },
  {
    slug: 'family-based-immigration',
    name: 'Family-Based Immigration',
    description: 'Petitions for relatives, waivers of inadmissibility, consular processing, and programs that keep families together.',
    nameEs: 'Inmigración por vínculos familiares',
    descriptionEs: 'Peticiones para familiares, perdones de inadmisibilidad, trámite consular y programas que mantienen unidas a las familias.',
  },
  {
    slug: 'immigrant-youth',
    name: 'Immigrant Youth',
    description: 'Relief and rights for children and young adults, including Special Immigrant Juvenile Status and students in school.',
    nameEs: 'Juventud inmigrante',
    descriptionEs: 'Alivios y derechos para niños y jóvenes, incluido el Estatus Especial de Inmigrante Juvenil y el alumnado escolar.',
  },
  {
    slug: 'removal-defense',
    name: 'Removal Defense',
    description: 'Representing people in immigration court: relief from removal, bond, motions, and prosecutorial discretion.',
    nameEs: 'Defensa contra la deportación',
    descriptionEs: 'Representación ante la corte de inmigración: alivio contra la deportación, fianza, mociones y discreción fiscal.',
  },
  {
    slug: 'u-visa-t-visa-vawa',
    name: 'U Visa/T Visa/VAWA',
    description: 'Humanitarian protection for survivors of crime, human trafficking, and domestic violence.',
    nameEs: 'Visa U/Visa T/VAWA',
    descriptionEs: 'Protección humanitaria para sobrevivientes de delitos, trata de personas y violencia doméstica.',
  },
  {
    slug: 'policy-advocacy',
    name: 'Policy Advocacy',
    description: 'Analysis of federal, state, and local policy and tools for campaigns that protect immigrant communities.',
    nameEs: 'Incidencia política',
    descriptionEs: 'Análisis de políticas federales, estatales y locales, y herramientas para campañas que protegen a las comunidades inmigrantes.',
  },
  {
    slug: 'civic-participation',
    name: 'Civic Participation',
    description: 'Voter registration for new citizens, community organizing, and building immigrant political power.',
    nameEs: 'Participación cívica',
    descriptionEs: 'Inscripción de nuevos ciudadanos como votantes, organización comunitaria y construcción del poder político inmigrante.',
  },
  {
    slug: 'crimes-and-immigration',
    name: 'Crimes',
    description: 'How arrests, pleas, convictions, and sentences affect immigration status, and how defenders can avoid harm.',
    nameEs: 'Delitos',
    descriptionEs: 'Cómo los arrestos, acuerdos de culpabilidad, condenas y sentencias afectan el estatus migratorio, y cómo evitar daños.',
  },
  {
    slug: 'enforcement',
    name: 'Enforcement',
    description: 'ICE and local police cooperation, detainers, raids, and what people can do when enforcement reaches them.',
    nameEs: 'Control migratorio',
    descriptionEs: 'Cooperación entre ICE y la policía local, órdenes de retención, redadas y qué hacer cuando llega el control migratorio.',
  },
  {
    slug: 'asylum',
    name: 'Asylum',
    description: 'Eligibility for asylum and related protection, filing deadlines, and changing rules at the border.',
    nameEs: 'Asilo',
    descriptionEs: 'Requisitos para el asilo y protecciones relacionadas, plazos de solicitud y normas cambiantes en la frontera.',
  },
  {
    slug: 'tps',
    name: 'TPS',
    description: 'Temporary Protected Status: designations, registration, travel, and paths to permanent residence.',
    nameEs: 'TPS',
    descriptionEs: 'Estatus de Protección Temporal: designaciones, inscripción, viajes y vías hacia la residencia permanente.',
  },
  {
    slug: 'public-charge',
    name: 'Public Charge',
    description: 'Which public benefits count in a public charge test, who is exempt, and how to talk with families about it.',
    nameEs: 'Carga pública',
    descriptionEs: 'Qué beneficios públicos cuentan en la prueba de carga pública, quién está exento y cómo hablarlo con las familias.',
  },
  {
    slug: 'post-conviction-relief',
    name: 'Post-Conviction Relief',
    description: 'Vacating or modifying criminal convictions and sentences so they no longer carry immigration consequences.',
    nameEs: 'Alivio posterior a la condena',
    descriptionEs: 'Anular o modificar condenas y sentencias penales para que dejen de tener consecuencias migratorias.',
  },
];
