/**
 * The projects feature's public surface: other features and the app import only from here.
 */
export { projectsPublic } from './projects.public.tsx';
export { findPublishedProject, listPublishedProjects } from './projects.repo.ts';
