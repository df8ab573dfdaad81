import type { editorialSpanishEn } from './messages.spanish.en.ts';

/** Texto de los campos en español del formulario de la página de inicio. */
export const editorialSpanishEs: Record<keyof typeof editorialSpanishEn, string> = {
  'editorial.translation.outdated': 'Es posible que esta traducción no esté al día: su original ({slug}) se revisó el {date}, después de que esta traducción se publicara o revisara. Actualícela y luego ponga su fecha de «Última actualización».',
  'editorial.home.es.hint': 'Se muestra en el sitio en español (/es). Déjelo vacío para mostrar allí el texto en inglés, marcado «(en inglés)».',
  'editorial.home.es.mission': 'Misión en español',
  'editorial.home.es.heroAlt': 'Texto alternativo de la imagen principal en español',
  'editorial.home.es.statement.teaser': 'Introducción de la declaración, en español',
  'editorial.home.es.resource.teaser': 'Introducción del recurso, en español',
  'editorial.home.es.tagline': 'Lema en español',
  'editorial.home.es.projects': 'Proyectos en español',
  'editorial.home.es.project.name': '{name}: nombre en español',
  'editorial.home.es.project.summary': '{name}: descripción en español',
  'editorial.home.es.project.english': 'En inglés: {summary}',
};
