/**
 * "Cite this" downloads: a resource as CSL-JSON (what Zotero, Mendeley and citeproc read), RIS and
 * BibTeX. Small serializers rather than a citation library: the fields are few and fixed (title,
 * authors or the organization, publisher, date, URL, language, abstract), and each format's
 * escaping is tested.
 */

/** What a citation of a resource holds. */
export interface CitableResource {
  slug: string;
  title: string;
  summary: string;
  /** Person or body names in byline order; none means the organization is the author. */
  authors: string[];
  organization: string;
  /** `YYYY-MM-DD`. */
  publishedOn: string;
  language: string;
  url: string;
  /** The resource type's name ("Practice Advisory"), as the genre. */
  genre: string;
}

const dateParts = (day: string) => day.split('-').map(Number);
// Line breaks and other controls have no place inside one field of any of these formats.
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();

/** CSL-JSON: an array with one item, of type `report`. */
export function toCslJson(r: CitableResource): string {
  const authors = r.authors.length ? r.authors : [r.organization];
  return JSON.stringify([{
    id: r.slug,
    type: 'report',
    title: oneLine(r.title),
    author: authors.map((name) => ({ literal: oneLine(name) })),
    publisher: oneLine(r.organization),
    genre: oneLine(r.genre),
    issued: { 'date-parts': [dateParts(r.publishedOn)] },
    language: r.language,
    URL: r.url,
    abstract: oneLine(r.summary),
  }], null, 2);
}

/** RIS (tagged lines ending CRLF), type `RPRT`. */
export function toRis(r: CitableResource): string {
  const [y, m, d] = r.publishedOn.split('-');
  const lines: [string, string][] = [
    ['TY', 'RPRT'],
    ['TI', r.title],
    ...(r.authors.length ? r.authors.map((a): [string, string] => ['AU', a]) : [['AU', r.organization] as [string, string]]),
    ['PB', r.organization],
    ['M3', r.genre],
    ['PY', y ?? ''],
    ['DA', `${y}/${m}/${d}/`],
    ['LA', r.language],
    ['UR', r.url],
    ['AB', r.summary],
    ['ID', r.slug],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n')}\r\nER  - \r\n`;
}

const BIB_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};
/** Text safe inside a BibTeX field: LaTeX's special characters escaped, braces balanced by construction. */
const bibText = (s: string) => oneLine(s).replace(/[\\{}$&%#_~^]/g, (ch) => BIB_SPECIAL[ch]!);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** BibTeX `@techreport`; names and the title are braced so BibTeX keeps them as written. */
export function toBibtex(r: CitableResource): string {
  const [y, m] = dateParts(r.publishedOn);
  const authors = (r.authors.length ? r.authors : [r.organization]).map((a) => `{${bibText(a)}}`).join(' and ');
  const key = r.slug.replace(/[^a-z0-9-]/g, '') || 'resource';
  const fields: [string, string][] = [
    ['title', `{${bibText(r.title)}}`],
    ['author', authors],
    ['institution', bibText(r.organization)],
    ['type', bibText(r.genre)],
    ['year', String(y)],
    ...(m ? [['month', MONTHS[m - 1] ?? ''] as [string, string]] : []),
    ['url', oneLine(r.url).replace(/[{}\\]/g, '')],
    ['language', bibText(r.language)],
    ['abstract', bibText(r.summary)],
  ];
  return `@techreport{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** The downloads, by file extension: media type and serializer. */
export const CITE_FORMATS = {
  ris: { type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS', write: toRis },
  bib: { type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX', write: toBibtex },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON', write: toCslJson },
} as const;
export type CiteFormat = keyof typeof CITE_FORMATS;
