/** English interface text of the projects feature. `{name}` marks a value filled in at render (ICU MessageFormat). */
export const projectsEn = {
  'projects.description': 'The projects and networks through which we work with practitioners and communities.',
  'project.resources': 'Resources from this project',
  'projects.title': 'Projects and Networks',
  'error.404.project': 'We could not find that project.',
};

declare module '../../platform/i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof projectsEn, string> {}
}
