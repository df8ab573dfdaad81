/**
 * The feeds feature's public surface: other features and the app import only from here.
 */
export { feedsPublic } from './feeds.public.ts';
