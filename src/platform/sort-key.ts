/**
 * The key a title sorts by in "Title (A–Z)": accents and case folded, leading punctuation
 * dropped, so "¿Está listo…", "Él" and "éxito" sort among the E's instead of after Z, the same
 * on SQLite and PostgreSQL (compared as code points). Stored beside the title by every writer.
 */
export function titleSortKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
