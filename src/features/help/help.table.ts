import type { Generated, Selectable } from 'kysely';

/** The three lists of the "Find legal help" page. */
export const HELP_KINDS = ['service', 'hotline', 'rights'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

/** One entry of the help page (migration 020): which list, its place in it, and its fields. */
export interface HelpEntriesTable {
  id: Generated<number>;
  kind: HelpKind;
  position: number;
  label: string;
  label_es: string | null;
  /** Services and Know-Your-Rights resources: an http(s) URL or a path of this site. */
  url: string | null;
  /** Hotlines: the number as people dial it. */
  phone: string | null;
  /** A service's description, a hotline's hours or notes. */
  note: string | null;
  note_es: string | null;
  /** Know-Your-Rights resources: the language they are written in (BCP 47). */
  language: string | null;
  updated_at: string;
}

export type HelpEntry = Selectable<HelpEntriesTable>;

declare module '../../db/schema.ts' {
  interface Database {
    help_entries: HelpEntriesTable;
  }
}
