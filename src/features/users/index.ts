/**
 * The users feature's public surface: other features and the app import only from here.
 */
export { PASSWORD_LIMITS, PASSWORD_MIN_LENGTH, verifyPassword } from './passwords.ts';
export { usersAdmin } from './users.admin.tsx';
export { userCommand } from './users.command.ts';
export {
  claimTotpStep, consumeRecoveryCode, countUnusedRecoveryCodes, deleteUserSessions, findUserByEmail, findUserById, listTotpSecrets, replaceRecoveryCodes,
  updateUser,
} from './users.repo.ts';
export { changeOwnPasswordSchema, emailField } from './users.schema.ts';
export { setPassword } from './users.service.ts';
export type { Actor } from './users.service.ts';
export type { SessionRow, SessionStage } from './users.table.ts';
