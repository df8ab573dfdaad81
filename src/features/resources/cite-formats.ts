/**
 * "Cite this" downloads: a resource as CSL-JSON (what Zotero, Mendeley and citeproc read), RIS and
 * BibTeX. The CSL-JSON item is the one description of a citation, built here; RIS and BibTeX are
 * written from it by citation.js (@citation-js/core with its RIS and BibTeX plugins), a maintained
 * library that knows each format's fields and escaping. It is loaded on the first download, so
 * starting the server does not pay for it.
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

/** A CSL-JSON item (the fields a resource's citation uses). */
export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author: (PersonName | { literal: string })[];
  publisher: string;
  genre: string;
  number?: string;
  issued: { 'date-parts': number[][] };
  language: string;
  URL: string;
  abstract: string;
}

// Line breaks and other controls have no place inside one field of any of these formats.
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The resource as one CSL-JSON item of type `report`: each author as a person's family and given
 * names where the name reads as one, else as written (a body); no author means the organization.
 */
export function cslItem(r: CitableResource): CslItem {
  const author = r.authors.length === 0
    ? [{ literal: oneLine(r.organization) }]
    : r.authors.map((a) => personName(oneLine(a.name)) ?? { literal: oneLine(a.name) });
  return {
    id: r.slug,
    type: 'report',
    title: oneLine(r.title),
    author,
    publisher: oneLine(r.organization),
    genre: oneLine(r.genre),
    ...(r.documentNumber ? { number: r.documentNumber } : {}),
    issued: { 'date-parts': [r.publishedOn.split('-').map(Number)] },
    language: r.language,
    URL: r.url,
    abstract: oneLine(r.summary),
  };
}

type CiteConstructor = typeof import("@citation-js/core").Cite;
let library: Promise<CiteConstructor> | undefined;

/** citation.js with the RIS and BibTeX plugins, loaded once; a BibTeX key is the resource's slug. */
function citationJs(): Promise<CiteConstructor> {
  library ??= (async () => {
    const core = await import('@citation-js/core');
    await import('@citation-js/plugin-bibtex');
    await import('@citation-js/plugin-ris');
    // Slugs ([a-z0-9-]) are valid keys as they are: no need for the library to rewrite them.
    const bibtex = core.plugins.config.get('@bibtex') as { format: { useIdAsLabel: boolean; checkLabel: boolean } };
    bibtex.format.useIdAsLabel = true;
    bibtex.format.checkLabel = false;
    return core.Cite;
  })();
  return library;
}

/** CSL-JSON: an array with one item. */
export async function toCslJson(r: CitableResource): Promise<string> {
  return JSON.stringify([cslItem(r)], null, 2);
}

/**
 * RIS, type `RPRT` (persons as `Family, Given`, the number as `SN`), one tag a line, CRLF. The
 * library maps the CSL item to RIS tags; the lines are written here because its text output wraps
 * values at 70 characters, and a reader that joins continuation lines with a space breaks URLs.
 * CSL has no affiliation, so the authors' affiliations are added as `AD` (author address) lines.
 */
export async function toRis(r: CitableResource): Promise<string> {
  const Cite = await citationJs();
  const [tags] = new Cite([cslItem(r)]).format('ris', { format: 'object' }) as unknown as [Record<string, string | number | (string | number)[]>];
  const affiliations = [...new Set(r.authors.flatMap((a) => (a.affiliation ? [oneLine(a.affiliation)] : [])))];
  const lines = [`TY  - ${tags.TY}`];
  for (const [tag, value] of Object.entries(tags)) {
    if (tag !== 'TY') for (const v of [value].flat()) lines.push(`${tag}  - ${oneLine(String(v))}`);
  }
  for (const a of affiliations) lines.push(`AD  - ${a}`);
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};

/**
 * BibTeX `@techreport` with LaTeX's special characters escaped; BibTeX has no day, so year and
 * month. citation.js 0.7 writes a name that is a single literal (a body: "Legal Aid & Defense
 * Center") braced but unescaped, so such names are escaped here before it braces them.
 */
export async function toBibtex(r: CitableResource): Promise<string> {
  const Cite = await citationJs();
  const item = cslItem(r);
  const author = item.author.map((a) => ('literal' in a ? { literal: a.literal.replace(/[\\{}$&%#_~^]/g, (ch) => LATEX_SPECIAL[ch]!) } : a));
  const bib = String(new Cite([{ ...item, author, issued: { 'date-parts': [item.issued['date-parts'][0]!.slice(0, 2)] } }]).format('bibtex'));
  return `${bib.trim()}\n`;
}

/** The downloads, by file extension: media type and writer. */
export const CITE_FORMATS = {
  ris: { type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS', write: toRis },
  bib: { type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX', write: toBibtex },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON', write: toCslJson },
} as const;
export type CiteFormat = keyof typeof CITE_FORMATS;
