import type { DemoResource } from './types.ts';

/** Spanish translations of community resources and explainers. */
export const spanishResources: DemoResource[] = [
  {
    slug: 'tarjetas-rojas-conozca-sus-derechos',
    type: 'community-resource',
    title: 'Tarjetas rojas: Conozca sus derechos',
    summary:
      'Tarjetas del tamaño de una billetera que ayudan a las personas a hacer valer sus derechos constitucionales si agentes de inmigración llegan a la puerta. Disponibles en 16 idiomas.',
    body: `## Para qué sirve la tarjeta

Todas las personas en los Estados Unidos, sin importar su estatus migratorio, tienen ciertos derechos bajo la Constitución. Un lado de la tarjeta explica esos derechos. El otro lado está escrito para el agente: dice que la persona decide guardar silencio, que no da permiso para un registro y que quiere hablar con un abogado.

## Cómo usarla

- Lleve la tarjeta con usted y tenga otra cerca de la puerta de su casa.
- Si un agente toca a la puerta, no abra. Pase la tarjeta por debajo de la puerta o muéstrela por la ventana.
- No firme nada sin hablar antes con un abogado.

## Pedidos

Las organizaciones comunitarias pueden pedir tarjetas impresas en grandes cantidades. También puede descargar el PDF e imprimirlo en casa.`,
    topics: ['enforcement'],
    language: 'es',
    audience: 'community',
    publishedOn: '2017-02-06',
    updatedOn: '2019-05-07',
    postedAt: '2017-02-08T17:00:00Z',
    translationOf: 'know-your-rights-red-cards',
    attachments: [{ filename: 'tarjeta-roja-espanol.pdf', title: 'Tarjeta roja, español (PDF)' }],
  },
  {
    slug: 'que-hacer-si-agentes-de-inmigracion-llegan-a-su-casa',
    type: 'community-resource',
    title: 'Qué hacer si agentes de inmigración llegan a su casa',
    summary:
      'Consejos sencillos, paso a paso, para mantenerse a salvo y proteger sus derechos si agentes de ICE tocan a su puerta.',
    body: `## 1. No abra la puerta

No tiene que abrir la puerta a menos que los agentes tengan una orden firmada por un **juez**. Una "orden" de ICE firmada por un oficial de inmigración no les da derecho a entrar a su casa.

## 2. Pida que le muestren la orden

Pídales que la pasen por debajo de la puerta o que la pongan contra la ventana. Revise que tenga la firma de un juez y su nombre y dirección correctos.

## 3. Guarde silencio

Tiene derecho a guardar silencio. No tiene que decir dónde nació ni cómo entró a los Estados Unidos.

## 4. No firme nada

No firme ningún papel sin hablar primero con un abogado. Algunos papeles le quitan el derecho a ver a un juez.

## 5. Anote lo que pasó

Apunte los nombres y números de placa de los agentes y lo que sucedió. Llame a la línea de respuesta rápida de su zona, si existe.

## 6. Tenga un plan

Prepare con tiempo un plan familiar para emergencias.`,
    topics: ['enforcement'],
    language: 'es',
    audience: 'community',
    publishedOn: '2017-03-14',
    postedAt: '2017-03-20T17:00:00Z',
    translationOf: 'what-to-do-if-ice-comes-to-your-home',
  },
  {
    slug: 'plan-de-preparacion-familiar',
    type: 'community-resource',
    title: 'Plan de preparación familiar',
    summary:
      'Un cuaderno de trabajo para que las familias inmigrantes se preparen ante una emergencia: quién cuidará a los niños y dónde guardar los documentos importantes.',
    body: `## Por qué planear con tiempo

Nadie quiere pensar en separarse de su familia. Un plan hecho con calma puede proteger a sus hijos y sus bienes si algo sucede.

## Pasos del plan

1. **Contactos de emergencia.** Elija a personas adultas de confianza y apréndase sus números de memoria.
2. **Cuidado de los niños.** Decida quién cuidará a sus hijos y hable hoy con esa persona. Actualice la lista de quién puede recogerlos en la escuela.
3. **Documentos legales.** Pregunte a un proveedor legal sobre una declaración jurada de autorización del cuidador o una tutela.
4. **Documentos personales.** Guarde actas de nacimiento, pasaportes, papeles de inmigración y expedientes médicos en un lugar seguro, y haga copias.
5. **Dinero.** Piense quién podrá usar sus cuentas bancarias y pagar la renta.
6. **Su historial migratorio.** Anote su número A, si tiene uno, y el nombre de su abogado.

## Conozca sus derechos

Lleve consigo una tarjeta de Conozca sus derechos y repásela con su familia.`,
    topics: ['enforcement', 'immigrant-youth'],
    language: 'es',
    audience: 'community',
    publishedOn: '2017-04-18',
    updatedOn: '2024-01-09',
    postedAt: '2017-04-25T17:00:00Z',
    translationOf: 'family-preparedness-plan',
    attachments: [{ filename: 'plan-de-preparacion-familiar.pdf', title: 'Plan de preparación familiar (PDF)' }],
  },
  {
    slug: 'conozca-sus-derechos-en-la-escuela',
    type: 'community-resource',
    title: 'Conozca sus derechos en la escuela: Guía para estudiantes y familias inmigrantes',
    summary:
      'Explica en lenguaje sencillo que todo niño tiene derecho a la educación pública gratuita sin importar su estatus migratorio, y qué puede y qué no puede preguntar la escuela.',
    body: `## Todos los niños pueden ir a la escuela

La Corte Suprema decidió en *Plyler v. Doe*, 457 U.S. 202 (1982), que las escuelas públicas no pueden negar la educación a un niño por su estatus migratorio.

## Lo que la escuela no puede hacer

- Preguntar por el estatus migratorio del estudiante o de sus padres para inscribirlo
- Exigir un número de Seguro Social
- Compartir el expediente del estudiante con las autoridades de inmigración sin permiso o sin una orden judicial, salvo en casos muy limitados

## Lo que la escuela sí puede pedir

Prueba de la edad del niño y prueba de que vive en el distrito. Sirven muchos tipos de documentos, como un contrato de renta o un recibo de luz.

## Si llegan agentes de inmigración a la escuela

Los estudiantes no tienen que contestar preguntas sobre dónde nacieron o su estatus. Pueden pedir hablar con sus padres, con un adulto de confianza o con un abogado.

## Haga un plan

Mantenga al día los contactos de emergencia en la escuela y asegúrese de que la escuela sepa quién puede recoger a sus hijos.`,
    topics: ['immigrant-youth', 'enforcement'],
    language: 'es',
    audience: 'community',
    publishedOn: '2018-08-21',
    postedAt: '2018-09-04T17:00:00Z',
    translationOf: 'know-your-rights-at-school-immigrant-students',
  },
  {
    slug: 'puede-mi-familiar-pedir-por-mi',
    type: 'community-resource',
    title: '¿Puede mi familiar pedir por mí? Guía para la comunidad',
    summary:
      'Una guía en lenguaje sencillo sobre qué familiares pueden ayudar a alguien a obtener la residencia permanente, cuánto puede tardar y cómo evitar fraudes.',
    body: `## ¿Quién puede pedir por un familiar?

Un **ciudadano estadounidense** puede pedir por su esposo o esposa, sus hijos, sus padres (si el ciudadano tiene 21 años o más) y sus hermanos (si el ciudadano tiene 21 años o más).

Un **residente permanente** (con tarjeta verde) puede pedir por su esposo o esposa y por sus hijos solteros.

## ¿Cuánto tarda?

Los cónyuges, los hijos solteros menores de 21 años y los padres de ciudadanos no tienen que esperar turno para una visa. Otros familiares pueden esperar años, a veces muchos años.

## ¿Puedo obtener la residencia sin salir de los Estados Unidos?

Depende de cómo entró y de su historial. Algunas personas pueden hacer el trámite aquí; otras deben ir a una entrevista en su país y quizás necesiten antes un perdón. Salir del país puede traer castigos, así que pida consejo **antes** de viajar.

## Protéjase

- Solo los abogados y los representantes acreditados pueden darle asesoría legal.
- Un "notario" no puede ayudarle con trámites de inmigración.
- Nunca firme un formulario en blanco o que no entienda.`,
    topics: ['family-based-immigration'],
    language: 'es',
    audience: 'community',
    publishedOn: '2018-10-02',
    postedAt: '2018-10-16T17:00:00Z',
    translationOf: 'can-my-family-member-petition-for-me',
  },
  {
    slug: 'esta-listo-para-hacerse-ciudadano',
    type: 'community-resource',
    title: '¿Está listo para hacerse ciudadano de los Estados Unidos? Una lista de verificación',
    summary:
      'Una lista sencilla para que los residentes permanentes vean si quizás ya pueden solicitar la ciudadanía y cuándo deben hablar primero con un proveedor legal.',
    body: `## Quizás esté listo si:

- Ha tenido su tarjeta verde por **5 años**, o por **3 años** si durante ese tiempo ha estado casado y viviendo con un ciudadano estadounidense
- Ha vivido en los Estados Unidos por lo menos la mitad de ese tiempo
- No ha hecho viajes de seis meses o más, o puede explicarlos
- Puede leer, escribir y hablar inglés básico, o califica para una excepción por su edad y sus años de residencia
- Está dispuesto a estudiar la historia y el gobierno de los Estados Unidos

## Hable primero con un proveedor legal si:

- **Alguna vez** lo arrestaron, aunque el caso se haya cerrado
- Alguna vez dijo ser ciudadano sin serlo, o se inscribió para votar
- Debe impuestos o no presentó su declaración de impuestos
- Ha pasado mucho tiempo fuera del país

## El costo

La cuota de la solicitud puede eliminarse o reducirse si sus ingresos son bajos o si recibe ciertos beneficios. Pregunte por esta opción.`,
    topics: ['citizenship-and-naturalization'],
    language: 'es',
    audience: 'community',
    publishedOn: '2019-09-17',
    postedAt: '2019-10-01T17:00:00Z',
    translationOf: 'are-you-ready-to-become-a-citizen',
    projects: ['new-americans-campaign'],
  },
  {
    slug: 'inscribirse-para-votar-como-nuevo-ciudadano',
    type: 'community-resource',
    title: 'Cómo inscribirse para votar como nuevo ciudadano',
    summary:
      'Una guía breve para los ciudadanos recién naturalizados sobre cuándo y cómo inscribirse para votar, con una advertencia para quienes todavía no son ciudadanos.',
    body: `## ¡Felicidades, ya puede votar!

Desde el momento en que hace el juramento de lealtad, usted es ciudadano de los Estados Unidos y puede inscribirse para votar.

## Cómo inscribirse

- En muchas ceremonias de juramento hay voluntarios que le ayudan a inscribirse ahí mismo
- En línea, en el sitio electoral de su estado
- Por correo o en la oficina electoral de su condado

Puede que necesite el número de su certificado de naturalización o de su licencia de manejar.

## Importante para quienes todavía no son ciudadanos

**No** se inscriba ni vote hasta después del juramento, aunque alguien le diga que está permitido. Inscribirse o votar sin ser ciudadano puede ser un delito, puede llevar a la deportación y puede impedirle para siempre hacerse ciudadano. Si se inscribió por error, por ejemplo en el DMV, hable con un proveedor legal antes de solicitar la ciudadanía.

## Participe

Votar es una forma de participar. También puede asistir a reuniones locales, unirse a grupos comunitarios y alzar la voz sobre los temas que le importan a su familia.`,
    topics: ['civic-participation', 'citizenship-and-naturalization'],
    language: 'es',
    audience: 'community',
    publishedOn: '2020-02-04',
    postedAt: '2020-02-18T17:00:00Z',
    translationOf: 'registering-to-vote-as-a-new-citizen',
  },
  {
    slug: 'asilo-informacion-basica',
    type: 'community-resource',
    title: 'Asilo: Información básica para personas que temen regresar a su país',
    summary:
      'Una introducción en lenguaje sencillo al asilo: quién puede calificar, el plazo de un año y cómo encontrar ayuda legal confiable.',
    body: `## ¿Qué es el asilo?

El asilo es una protección para personas que temen sufrir daño en su país por su raza, religión, nacionalidad, opinión política o por pertenecer a un grupo social determinado.

## Plazo importante

En la mayoría de los casos debe presentar la solicitud **dentro de un año** desde su llegada a los Estados Unidos. Hay algunas excepciones, pero no espere.

## ¿Cómo se solicita?

- Si **no** tiene un caso en la corte de inmigración, presenta el Formulario I-589 ante USCIS.
- Si **sí** tiene un caso en la corte, presenta la solicitud ante el juez de inmigración.

## ¿Puedo trabajar?

Puede pedir un permiso de trabajo cuando su solicitud lleve cierto tiempo pendiente. Pregunte a un proveedor legal cuáles son las reglas.

## Tenga cuidado

- Diga la verdad en su solicitud. Una mentira puede dejarlo sin posibilidad de protección para siempre.
- No permita que nadie presente papeles por usted sin explicarle lo que dicen.
- Guarde copias de todo lo que presente y de cada aviso que reciba.`,
    topics: ['asylum'],
    language: 'es',
    audience: 'community',
    publishedOn: '2021-08-24',
    postedAt: '2021-09-14T17:00:00Z',
    translationOf: 'asylum-basic-information',
  },
  {
    slug: 'carga-publica-regla-de-2022',
    type: 'faq-explainer',
    title: 'Carga pública: Lo que las familias inmigrantes deben saber sobre la regla de 2022',
    summary:
      'Explica en lenguaje sencillo qué beneficios públicos cuentan en una decisión de carga pública bajo la regla vigente desde el 23 de diciembre de 2022, y cuáles no.',
    body: `## ¿Qué es la "carga pública"?

Cuando algunas personas solicitan la residencia permanente, el gobierno evalúa si es probable que en el futuro dependan principalmente del gobierno para mantenerse. A esto se le llama la prueba de carga pública.

## ¿Qué beneficios cuentan?

Solo estos:

- Seguridad de Ingreso Suplementario (SSI)
- Ayuda en efectivo de TANF
- Programas estatales o locales de ayuda en efectivo
- Cuidado a largo plazo en una institución pagado por el gobierno

## ¿Qué beneficios NO cuentan?

Medi-Cal y otros programas de Medicaid (salvo el cuidado institucional a largo plazo), CHIP, SNAP o CalFresh, WIC, ayuda para vivienda, comidas escolares y ayuda por desastres, entre otros.

## ¿A quién no se le aplica?

A refugiados, asilados, solicitantes de visa U o T, autopeticionarios de VAWA, jóvenes con estatus especial de inmigrante juvenil y otros grupos. Tampoco se aplica cuando un residente permanente solicita la ciudadanía.

## Beneficios de sus familiares

Los beneficios que reciben sus hijos u otros familiares no cuentan en su contra.`,
    topics: ['public-charge', 'family-based-immigration'],
    language: 'es',
    audience: 'community',
    publishedOn: '2022-09-13',
    postedAt: '2022-10-04T17:00:00Z',
    translationOf: 'public-charge-2022-rule-what-families-should-know',
  },
  {
    slug: 'daca-en-2023-la-regla-final',
    type: 'faq-explainer',
    title: 'DACA en 2023: La regla final, los casos en la corte y lo que usted puede hacer',
    summary:
      'Explica la regulación de DACA vigente desde octubre de 2022, las decisiones judiciales que todavía impiden aprobar solicitudes nuevas y lo que deben hacer los beneficiarios actuales para protegerse.',
    body: `## La regla final

El Departamento de Seguridad Nacional convirtió DACA en una regulación federal, vigente desde el 31 de octubre de 2022. Los requisitos son casi los mismos que en 2012.

## Los casos en la corte

En septiembre de 2023, una corte federal de distrito en Texas decidió que la regulación es ilegal. La orden de la corte mantiene DACA para quienes ya lo tienen mientras continúan las apelaciones, pero USCIS no puede aprobar solicitudes por primera vez.

## Qué significa para usted

- **Si ya tiene DACA:** Puede y debe seguir renovando. Presente su renovación entre 120 y 150 días antes de que venza.
- **Si nunca ha tenido DACA:** USCIS puede recibir su solicitud, pero por ahora no la decidirá.
- **Viajes:** El permiso de viaje (*advance parole*) está disponible por razones humanitarias, educativas o de trabajo, pero viajar tiene riesgos. Pida consejo antes.

## Busque una evaluación

Muchas personas con DACA califican para algo más permanente. Pida a un proveedor legal de confianza que revise sus opciones, sobre todo si tiene un cónyuge, padre o hijo adulto que sea ciudadano.`,
    topics: ['daca', 'immigrant-youth'],
    language: 'es',
    audience: 'community',
    publishedOn: '2023-10-04',
    postedAt: '2023-10-18T17:00:00Z',
    translationOf: 'daca-final-rule-explainer-2023',
  },
];
