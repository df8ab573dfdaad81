/**
 * Case reporters recognized in "volume Reporter page" citations, with the forms people type.
 * `key` is the abbreviation used in canonical keys (Bluebook form, except the U.S. Reports, which
 * the keys write `US`: `559 US 356`). `forms` are compared after squashing: lower case, periods,
 * spaces and apostrophes removed ("F. Supp. 2d", "F.Supp.2d" and "F Supp 2d" are all "fsupp2d").
 * `needsContext`: single-letter first series (F., P., A.) are accepted only with a case name before
 * or a court-and-year parenthetical after, so that "5 F. 3" in ordinary prose is not a citation.
 */
export interface Reporter {
  key: string;
  kind: 'court-decision' | 'agency-decision';
  forms: readonly string[];
  needsContext?: boolean;
}

const r = (key: string, forms: string[] = [], needsContext = false): Reporter => ({
  key, kind: 'court-decision', forms: [squashReporter(key), ...forms.map(squashReporter)], ...(needsContext ? { needsContext } : {}),
});

/** Lower case with periods, spaces and apostrophes removed: the form reporter abbreviations are compared in. */
export function squashReporter(s: string): string {
  return s.toLowerCase().replace(/[.\s'’`]/g, '');
}

/** Later series of a reporter: "N.E.2d", "P.3d" (initials close up) but "So. 3d", "Cal. 4th". */
const series = (base: string, suffixes: string[]) =>
  suffixes.map((s) => r(/^([A-Z]\.)+$/.test(base) ? `${base}${s}` : `${base} ${s}`));

export const REPORTERS: readonly Reporter[] = Object.freeze([
  { key: 'I&N Dec.', kind: 'agency-decision', forms: ['i&ndec', 'iandndec'] },
  r('US', ['U.S.', 'U. S.']),
  r('S. Ct.', ['Sup. Ct.']),
  r('L. Ed.'), r('L. Ed. 2d'),
  r('F.', [], true), r('F.2d'), r('F.3d'), r('F.4th'),
  r('F. Supp.'), r('F. Supp. 2d'), r('F. Supp. 3d'),
  r("F. App'x", ['Fed. Appx.', "Fed. App'x", 'F. Appx.', 'Fed.Appx']),
  r('F.R.D.'), r('B.R.'), r('Fed. Cl.'), r('Ct. Int\'l Trade'), r('Vet. App.'),
  r('WL'),
  // State reporters most cited in post-conviction and crimmigration advisories
  r('Cal.'), ...series('Cal.', ['2d', '3d', '4th', '5th']),
  r('Cal. App.'), ...series('Cal. App.', ['2d', '3d', '4th', '5th']),
  r('Cal. Rptr.'), ...series('Cal. Rptr.', ['2d', '3d']),
  r('N.Y.'), ...series('N.Y.', ['2d', '3d']),
  r('A.D.'), ...series('A.D.', ['2d', '3d']),
  r('Misc.'), ...series('Misc.', ['2d', '3d']),
  r('N.Y.S.'), ...series('N.Y.S.', ['2d', '3d']),
  r('N.E.'), ...series('N.E.', ['2d', '3d']),
  r('N.W.'), ...series('N.W.', ['2d']),
  r('S.E.'), ...series('S.E.', ['2d']),
  r('S.W.'), ...series('S.W.', ['2d', '3d']),
  r('So.'), ...series('So.', ['2d', '3d']),
  r('P.', [], true), ...series('P.', ['2d', '3d']),
  r('A.', [], true), ...series('A.', ['2d', '3d']),
  r('Mass.'), r('Mass. App. Ct.'),
  r('Ill.'), ...series('Ill.', ['2d']), r('Ill. App.'), ...series('Ill. App.', ['2d', '3d']),
  ...series('Wash.', ['2d']), r('Wash. App.'), ...series('Wash. App.', ['2d']),
  r('Or.'), r('Or. App.'), r('Ariz.'), r('Ariz. App.'),
  r('N.J.'), r('N.J. Super.'), r('Pa.'), r('Pa. Super.'), r('Conn.'), r('Conn. App.'),
  r('Md.'), r('Md. App.'), r('Va.'), r('Va. App.'), r('Ga.'), r('Ga. App.'),
  r('N.C.'), r('N.C. App.'), r('Mich.'), r('Mich. App.'), r('Ohio St.'), ...series('Ohio St.', ['2d', '3d']),
  r('Minn.'), r('Wis.'), ...series('Wis.', ['2d']), r('Colo.'), r('Nev.'), r('Haw.'),
]);

const BY_FORM = new Map<string, Reporter>();
for (const rep of REPORTERS) for (const f of rep.forms) if (!BY_FORM.has(f)) BY_FORM.set(f, rep);

/** The reporter whose squashed form is exactly `squashed`, if any. */
export function reporterByForm(squashed: string): Reporter | undefined {
  return BY_FORM.get(squashed);
}

/** Longest squashed reporter form, in characters: bounds how far the reader looks ahead. */
export const MAX_REPORTER_FORM = Math.max(...[...BY_FORM.keys()].map((f) => f.length));

/** Reporter slug (used in URL slugs of keys) → reporter key. */
export const REPORTER_BY_SLUG = new Map(REPORTERS.map((rep) => [reporterSlug(rep.key), rep.key] as const));

/** The slug form of a reporter key: lower case, non-alphanumerics as single hyphens ("F. App'x" → "f-app-x"). */
export function reporterSlug(key: string): string {
  return key.toLowerCase().replace(/&/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
