/**
 * The taxonomy feature's public surface: other features and the app import only from here.
 */
export { taxonomyAdmin } from './taxonomy.admin.tsx';
