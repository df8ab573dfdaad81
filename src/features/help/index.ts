/**
 * The help feature's public surface: the "Find legal help" page (`/help`) and its staff screens
 * (`/admin/help`). Other features and the app import only from here.
 */
export { HELP_PAGE_SLUG, helpPublic } from './help.public.tsx';
export { helpAdmin } from './help.admin.tsx';
export type { HelpEntriesTable } from './help.table.ts';
