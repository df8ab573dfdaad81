/** Backup and restore of a whole site: the `haven backup` and `haven restore` commands. */
export { backupCommand, restoreCommand } from './backup.cli.ts';
export { createBackup, type BackupManifest } from './backup.service.ts';
export { restoreBackup, RestoreError } from './restore.service.ts';
