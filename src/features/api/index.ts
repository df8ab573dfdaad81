/**
 * The api feature's public surface: other features and the app import only from here.
 */
export { publicApi } from './api.api.tsx';
