import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

// What a resource body may contain after rendering: text structure, links and tables. Anything
// else (script, style, iframes, event handlers, javascript: URLs) is removed, not escaped.
const policy: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i',
    'code', 'pre', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub', 'abbr', 'del', 'dl', 'dt', 'dd',
  ],
  allowedAttributes: { a: ['href', 'title', 'hreflang'], abbr: ['title'], th: ['scope'], td: ['colspan', 'rowspan'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: {
    // A body's own top-level heading would compete with the page title; demote it.
    h1: 'h2',
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? '');
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs };
    },
  },
};
policy.allowedAttributes = { ...policy.allowedAttributes, a: ['href', 'title', 'hreflang', 'rel'] };

/**
 * Renders Markdown to HTML that is safe to insert into a page, in the calling thread. Some
 * inputs take quadratic time in the parser (`_a` × 80,000: 20 s), so the site calls this only
 * in a worker with a time budget (markdown.ts); it is the worker's task.
 */
export function renderMarkdownSync(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, policy);
}

export default renderMarkdownSync;

/** Cleans HTML from any source with the same policy. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, policy);
}
