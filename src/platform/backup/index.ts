/** Backup and restore of the whole database, in both modes (see README: Backup and restore). */
export { createBackup, type BackupSummary, type CreateBackupOptions } from './create-backup.ts';
export { restoreBackup, type RestoreOptions, type RestoreReport } from './restore-backup.ts';
export { openDatabaseForBackup, type DatabaseConfig } from './open-for-backup.ts';
export { checkBackupTarget, writeBackupFile, readBackupFile } from './backup-file.ts';
export { detectBackupKind, BACKUP_FORMAT, DATABASE_LABEL, type BackupKind } from './backup-format.ts';
export { databaseContents, publicTables, type DatabaseContents, type TableCount } from './database-contents.ts';
