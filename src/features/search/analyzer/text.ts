import { wordsOf } from './words.ts';

export { foldText, wordsOf } from './words.ts';

/**
 * What a reader sees of a Markdown body, for indexing and snippets: link targets, image addresses,
 * HTML tags and entity-like markup go, so "https", "www" and tag names are not words of the text.
 * Linear: every pattern is a single bounded class run.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\]\([^()\s]{0,2000}(?:\s+"[^"]{0,500}")?\)/g, ']')
    .replace(/<\/?[A-Za-z][^<>]{0,500}>/g, ' ')
    .replace(/https?:\/\/[^\s<>()]{1,2000}/g, ' ')
    // Emphasis closed right before punctuation goes without a space, so "*Matter of X*, 23 I&N Dec."
    // stays one citation (the grammar joins a case name to its reporter across ", " only).
    .replace(/[*_`]+(?=[,.;:)])/g, '')
    .replace(/[*_`#>|~[\]]+/g, ' ');
}

/**
 * Typographic variants people paste or phones insert, turned into what they stand for: curly and
 * angle quotes into straight ones, dashes and the minus sign into a hyphen, the section sign kept,
 * non-breaking and other spaces into a space; control, format and bidi characters dropped.
 */
export function normalizeTyped(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/g, "'")
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '');
}

const LETTER_COMPOUND = /(?<![\p{L}\p{N}])([B-HJ-Z])[ -]([A-Za-z\u00C0-\u024F]{2,40})(?![\p{L}\p{N}])/gu;

/**
 * Visa classes and the like written as a capital letter and a word ("U visa", "T-visa", "S visa"):
 * as words they would be a one-letter word (ignored) and "visa", so each is also indexed as one
 * term such as "u_visa". Capitals only, and not A or I, so articles and pronouns are not taken.
 */
export function letterCompounds(text: string): { letter: string; word: string }[] {
  const out: { letter: string; word: string }[] = [];
  for (const match of text.matchAll(LETTER_COMPOUND)) {
    const word = wordsOf(match[2]!)[0];
    if (word) out.push({ letter: match[1]!.toLowerCase(), word });
  }
  return out;
}
