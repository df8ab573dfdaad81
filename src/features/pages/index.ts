/**
 * The pages feature's public surface: other features and the app import only from here.
 */
export { pagesPublic } from './pages.public.tsx';
export { PageArticle, ProjectIntro, StatementArticle } from './views/Articles.tsx';
