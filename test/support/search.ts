import type { Db } from '../../src/db/database.ts';
import { parseSearch, wordsOf, type SearchTerm } from '../../src/db/search/index.ts';

/** Whether a list of words contains a term: its words side by side, the last one maybe a prefix. */
function contains(words: string[], term: SearchTerm): boolean {
  const n = term.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const want = term.words[j];
      ok = term.prefix && j === n - 1 ? words[i + j].startsWith(want) : words[i + j] === want;
    }
    if (ok) return true;
  }
  return false;
}

/**
 * What the library's word search should find, computed in JavaScript from the stored rows: the
 * slugs of published resources whose title, summary, body and attachment text contain every
 * term, newest first (ties by id), as the library orders them.
 */
export async function expectedSearch(db: Db, q: string): Promise<string[]> {
  const terms = parseSearch(q);
  if (terms.length === 0) return [];
  const resources = await db.selectFrom('resources').select(['id', 'slug', 'title', 'summary', 'body', 'published_on'])
    .where('status', '=', 'published').execute();
  const attachments = await db.selectFrom('attachments').select(['resource_id', 'text_content'])
    .where('text_content', 'is not', null).orderBy('position').orderBy('id').execute();
  return resources
    .filter((r) => {
      const texts = [r.title, r.summary, r.body, ...attachments.filter((a) => a.resource_id === r.id).map((a) => a.text_content!)];
      const words = wordsOf(texts.join('\n'));
      return terms.every((t) => contains(words, t));
    })
    .sort((a, b) => (a.published_on === b.published_on ? b.id - a.id : a.published_on < b.published_on ? 1 : -1))
    .map((r) => r.slug);
}
