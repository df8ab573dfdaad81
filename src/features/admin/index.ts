/**
 * The admin feature's public surface: other features and the app import only from here.
 */
export { adminErrorPage, adminPage, adminView } from './admin.render.tsx';
export { authorize, can, requireUser, safeNext } from './policy.ts';
export type { Action, Subject } from './policy.ts';
export { ADMIN_NAV } from './views/AdminLayout.tsx';
