/**
 * The search report's public surface: recording public library searches and the results followed
 * from them (without anything that identifies a person), keeping them 180 days, and the weekly
 * report for staff. See docs/search-staff.md.
 */
export type * from './search-report.table.ts';
export { searchReportAdmin } from './report.admin.tsx';
export { noteSearch, searchLogging, type SearchOutcome } from './search-logging.ts';
export { flushSearchLog, startSearchLogRetention } from './search-log.ts';
