/**
 * The auth feature's public surface: other features and the app import only from here.
 */
export { accessControl, isAdminPath } from './access.ts';
export { accountAdmin } from './account.admin.tsx';
export { authAdmin } from './auth.admin.tsx';
export { adminHome } from './dashboard.admin.tsx';
export { rotateSecretCommand } from './rotate-secret.command.ts';
export { secretBoxFor } from './secret-box.ts';
export { resealTotpSecrets } from './two-factor.service.ts';
