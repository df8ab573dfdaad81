import type { homeEn } from './messages.en.ts';

/** Texto de la interfaz en español: exactamente las mismas claves que messages.en.ts. */
export const homeEs: Record<keyof typeof homeEn, string> = {
  'home.projects': 'Proyectos y redes',
  'home.latest': 'Lo más reciente',
  'home.section.resources': 'Recursos',
  'home.publication_date': 'Fecha de publicación',
  'home.all_resources': 'Ver todos los recursos',
};
