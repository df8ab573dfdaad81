/** The kinds of authority the grammar recognizes. */
export type CitationKind =
  | 'statute'
  | 'regulation'
  | 'agency-decision'
  | 'court-decision'
  | 'form'
  | 'state-code'
  | 'federal-register'
  | 'public-law';

/** One citation found in a text. */
export interface Citation {
  /**
   * Canonical key: the same authority always has the same key, whatever form it was cited in.
   * Statutes and regulations keep every subdivision cited (`INA 212(h)(1)(A)`); INA sections cited
   * through Title 8 of the U.S. Code take their INA key. See docs/citations.md.
   */
  key: string;
  kind: CitationKind;
  /** Clean display form, e.g. `INA § 212(h)`, `8 U.S.C. § 1182(h)`, `Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)`. */
  display: string;
  /** Offsets of the match in the original text (UTF-16 code units, `text.slice(start, end)`). */
  start: number;
  end: number;
  /** Pin cite of a decision (`at 624`, `at 990-91`), else null. */
  pin: string | null;
  /** Case name when one is attached (`Matter of Pickering`, `Padilla v. Kentucky`), else null. */
  name: string | null;
  /** Deciding body and year of a decision when cited (`BIA`, `9th Cir.`, `2003`). */
  court: string | null;
  year: number | null;
  /** Keys of parallel citations of the same decision or law (`130 S. Ct. 1473`, `110 Stat. 3009-546`). */
  parallel: string[];
}

/** One citation recognized in a search query. */
export interface QueryCitation {
  /** The exact key the query asks for (no ancestors, no equivalents). */
  key: string;
  kind: CitationKind;
  display: string;
  /** Span of the citation in the query, so the caller can drop those words from the plain-word part. */
  start: number;
  end: number;
}

/** Options of the extractor. */
export interface ExtractOptions {
  /**
   * State whose codes are meant when a code is named without a state ("Penal Code § 1473.7",
   * "P.C. § 1203.4", "H&S Code § 11377"). Default `CA`; `null` reads such names only when they are
   * unambiguous (New York's "Penal Law", "CPL").
   */
  defaultState?: string | null;
}
