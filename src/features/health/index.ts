/**
 * The health feature's public surface: other features and the app import only from here.
 */
export { healthApi } from './health.api.ts';
