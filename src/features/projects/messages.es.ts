import type { projectsEn } from './messages.en.ts';

/** Texto de la interfaz en español: exactamente las mismas claves que messages.en.ts. */
export const projectsEs: Record<keyof typeof projectsEn, string> = {
  'projects.description': 'Los proyectos y redes a través de los cuales trabajamos con profesionales y comunidades.',
  'project.resources': 'Recursos de este proyecto',
  'projects.title': 'Proyectos y redes',
  'error.404.project': 'No encontramos ese proyecto.',
};
