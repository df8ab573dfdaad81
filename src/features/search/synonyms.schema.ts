import type { MessageKey } from '../../platform/i18n/index.ts';
import { normalizeTyped, wordsOf } from './analyzer/text.ts';

/** The longest phrase: a query is read up to 300 characters and 12 parts, so longer would never match. */
export const PHRASE_MAX = 100;
/** The most phrases in one group. */
export const PHRASES_MAX = 20;
/** The most the phrases box accepts at all (a pasted document is refused, not parsed). */
export const PHRASES_INPUT_MAX = 4000;

/**
 * Words only: letters and digits of any script with their accents, and what joins words inside a
 * term ("post-conviction", "children's", "U.S.", "I&N"). Parentheses, §, quotes and the like are
 * refused: a synonym phrase is matched as words, and citations have their own grammar.
 */
const WORD_CHARACTERS = /^[\p{L}\p{M}\p{N} \-'.&]+$/u;
const NOT_WORD_CHARACTER = /[^\p{L}\p{M}\p{N} \-'.&]/u;
/** What people use to put several phrases on one line. */
const LIST_SEPARATORS = /[=,;|]/;

/** Why a group's phrases were refused: a catalog key and what fills it. */
export interface SynonymProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** The words a phrase is matched by ("Crímenes  y inmigración" → "crimenes y inmigracion"), to compare phrases. */
export function phraseKey(phrase: string): string {
  return wordsOf(phrase).join(' ');
}

/**
 * Reads the phrases box of the synonym form: one phrase per line, blank lines ignored, typographic
 * quotes and dashes made plain and spaces collapsed. Refuses, naming the line: a list on one line,
 * a phrase over PHRASE_MAX characters, characters that are not words, a line with no word, the same
 * phrase twice (compared as the search compares them: case and accents folded); and a group of
 * fewer than two phrases or more than PHRASES_MAX. Pure: the caller translates the problem.
 */
export function readPhrases(raw: unknown): { ok: true; phrases: string[] } | { ok: false; problem: SynonymProblem } {
  const text = typeof raw === 'string' ? raw : '';
  if (text.length > PHRASES_INPUT_MAX) return { ok: false, problem: { key: 'synonyms.error.input_long', params: { max: PHRASES_INPUT_MAX } } };
  const phrases: string[] = [];
  const seen = new Map<string, number>();
  const lines = normalizeTyped(text).split(/\r\n|\r|\n/);
  for (const [index, original] of lines.entries()) {
    const line = index + 1;
    const phrase = original.replace(/\s+/g, ' ').trim();
    if (phrase === '') continue;
    if (LIST_SEPARATORS.test(phrase)) return { ok: false, problem: { key: 'synonyms.error.one_per_line', params: { line } } };
    if ([...phrase].length > PHRASE_MAX) return { ok: false, problem: { key: 'synonyms.error.phrase_long', params: { line, max: PHRASE_MAX } } };
    if (!WORD_CHARACTERS.test(phrase)) {
      const character = NOT_WORD_CHARACTER.exec(phrase)?.[0] ?? '';
      return { ok: false, problem: { key: 'synonyms.error.characters', params: { line, character } } };
    }
    const key = phraseKey(phrase);
    if (key === '') return { ok: false, problem: { key: 'synonyms.error.no_word', params: { line } } };
    const earlier = seen.get(key);
    if (earlier !== undefined) return { ok: false, problem: { key: 'synonyms.error.duplicate', params: { line, other: earlier } } };
    seen.set(key, line);
    phrases.push(phrase);
  }
  if (phrases.length < 2) return { ok: false, problem: { key: 'synonyms.error.too_few' } };
  if (phrases.length > PHRASES_MAX) return { ok: false, problem: { key: 'synonyms.error.too_many', params: { max: PHRASES_MAX } } };
  return { ok: true, phrases };
}

/** The version an edit form was opened at (a hidden field), or null when it is missing or malformed. */
export function readVersion(raw: unknown): number | null {
  return typeof raw === 'string' && /^[0-9]{1,9}$/.test(raw) ? Number(raw) : null;
}
