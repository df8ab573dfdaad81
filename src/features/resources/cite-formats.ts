/**
 * "Cite this" downloads: a resource as CSL-JSON (what Zotero, Mendeley and citeproc read), RIS and
 * BibTeX. Small serializers rather than a citation library: the fields are few and fixed (title,
 * authors or the organization, publisher, date, document number, URL, language, abstract), and
 * each format's escaping is tested.
 */
import { personName, type PersonName } from './person-name.ts';

/** What a citation of a resource holds. */
export interface CitableResource {
  slug: string;
  title: string;
  summary: string;
  /** Person or body names in byline order, with the affiliation credited; none means the organization is the author. */
  authors: { name: string; affiliation: string | null }[];
  organization: string;
  /** `YYYY-MM-DD`. */
  publishedOn: string;
  /** `ILRC-2025-0001`, the report number; null before a number is given. */
  documentNumber: string | null;
  language: string;
  url: string;
  /** The resource type's name ("Practice Advisory"), as the genre. */
  genre: string;
}

/** Each author as a person's family and given names where the name reads as one, else as written. */
function creators(r: CitableResource): (PersonName | { literal: string })[] {
  if (r.authors.length === 0) return [{ literal: oneLine(r.organization) }];
  return r.authors.map((a) => personName(oneLine(a.name)) ?? { literal: oneLine(a.name) });
}

const dateParts = (day: string) => day.split('-').map(Number);
// Line breaks and other controls have no place inside one field of any of these formats.
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();

/** CSL-JSON: an array with one item, of type `report`. */
export function toCslJson(r: CitableResource): string {
  return JSON.stringify([{
    id: r.slug,
    type: 'report',
    title: oneLine(r.title),
    author: creators(r),
    publisher: oneLine(r.organization),
    genre: oneLine(r.genre),
    ...(r.documentNumber ? { number: r.documentNumber } : {}),
    issued: { 'date-parts': [dateParts(r.publishedOn)] },
    language: r.language,
    URL: r.url,
    abstract: oneLine(r.summary),
  }], null, 2);
}

/** RIS (tagged lines ending CRLF), type `RPRT`: persons as `Family, Given`, the number as `SN` (a report's number). */
export function toRis(r: CitableResource): string {
  const [y, m, d] = r.publishedOn.split('-');
  const affiliations = [...new Set(r.authors.flatMap((a) => (a.affiliation ? [a.affiliation] : [])))];
  const lines: [string, string][] = [
    ['TY', 'RPRT'],
    ['TI', r.title],
    ...creators(r).map((c): [string, string] => ['AU', 'literal' in c ? c.literal : [c.family, c.given, c.suffix].filter(Boolean).join(', ')]),
    ...affiliations.map((a): [string, string] => ['AD', a]),
    ['PB', r.organization],
    ...(r.documentNumber ? [['SN', r.documentNumber] as [string, string]] : []),
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

/**
 * BibTeX `@techreport`: a person as `{Family}, Given` (the family name braced so particles and
 * capitals stay as written), a body's name and the title braced whole; the number as `number`.
 */
export function toBibtex(r: CitableResource): string {
  const [y, m] = dateParts(r.publishedOn);
  // A given name is braced only when it holds "and", which BibTeX would read as a separator.
  const given = (g: string) => (/\band\b/i.test(g) ? `{${bibText(g)}}` : bibText(g));
  const authors = creators(r)
    .map((c) => ('literal' in c ? `{${bibText(c.literal)}}` : [`{${bibText(c.family)}}`, ...(c.suffix ? [bibText(c.suffix)] : []), given(c.given)].join(', ')))
    .join(' and ');
  const key = r.slug.replace(/[^a-z0-9-]/g, '') || 'resource';
  const fields: [string, string][] = [
    ['title', `{${bibText(r.title)}}`],
    ['author', authors],
    ['institution', bibText(r.organization)],
    ['type', bibText(r.genre)],
    ...(r.documentNumber ? [['number', bibText(r.documentNumber)] as [string, string]] : []),
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
