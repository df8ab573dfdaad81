/**
 * The audit feature's public surface: other features and the app import only from here.
 */
export { auditAdmin } from './audit.admin.tsx';
export { recordAudit } from './audit.repo.ts';
