/**
 * The seed feature's public surface: other features and the app import only from here.
 */
export { DEMO_SITE_FILE, isEmpty, seedDemo } from './seed.service.ts';
