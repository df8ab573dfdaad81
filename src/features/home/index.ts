/**
 * The home feature's public surface: other features and the app import only from here.
 */
export { assetsPublic } from './assets.public.ts';
export { homePublic } from './home.public.tsx';
export { findMedia } from './home.repo.ts';
export { readSetting, writeSetting } from './settings.repo.ts';
export { homepageSchema } from './settings.schema.ts';
export type { HomepageSettings } from './settings.schema.ts';
