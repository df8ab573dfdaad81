/**
 * The interchange feature's public surface: other features and the app import only from here.
 */
export { exportCommand } from './export.cli.ts';
export { importCommand } from './import.cli.ts';
export { importSite, type SiteImportSummary } from './v2/import.site.ts';
