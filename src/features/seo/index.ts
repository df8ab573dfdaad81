/**
 * The seo feature's public surface: other features and the app import only from here.
 */
export { seoPublic } from './seo.public.ts';
