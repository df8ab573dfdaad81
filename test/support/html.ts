/** Escapes text the way Hono JSX does, to look for rendered content in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The slugs of resource links inside the result list, in page order. */
export function resultSlugs(html: string): string[] {
  const start = html.indexOf('class="result-list"');
  if (start < 0) return [];
  const end = html.indexOf('</ol>', start);
  return [...html.slice(start, end).matchAll(/<h3 class="card-title"><a href="(?:\/es)?\/resources\/([a-z0-9-]+)"/g)].map((m) => m[1]);
}

/** The number in "<strong>N resources</strong>". */
export function resultTotal(html: string): number {
  const m = /<p class="result-count"[^>]*><strong>([\d,]+) resources?<\/strong>/.exec(html);
  if (m) return Number(m[1].replace(/,/g, ''));
  if (html.includes('No resources match these filters.')) return 0;
  throw new Error('no result count on the page');
}
