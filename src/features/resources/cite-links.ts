import { extractCitations, keyToSlug } from '../citations/index.ts';

// Tags whose text is never linked: a link inside a link is invalid, and code is quoted verbatim.
const NO_LINK = new Set(['a', 'code', 'pre']);
// Tags that end a block: the grammar must not read a citation across them ("…212</p><p>(h)…").
const BLOCK = /^(p|li|ul|ol|h[1-6]|td|th|tr|table|thead|tbody|blockquote|pre|dl|dt|dd|br|hr)$/;

const ENTITY = /&(amp|lt|gt|quot|apos|#39|#x27|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in NAMED) return NAMED[lower]!;
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface TextPart {
  text: string;
  /** Offset of `text` in the joined text the grammar reads. */
  at: number;
  linkable: boolean;
  /** Ranges of `text` to link, with the link's address. */
  links: { start: number; end: number; href: string }[];
}

/**
 * Links the citations of a rendered, sanitized body to their authority pages, without changing
 * the stored text: only text outside links and code is touched, and only citations of `keys` (the
 * authorities stored for the resource, so no link leads to a missing page). A citation split by
 * emphasis ("<em>Matter of X</em>, 23 I&N Dec. 1") is read whole and linked piece by piece.
 * `html` must be sanitize-html's output, where `<` and `>` never appear inside text or attribute
 * values, so splitting on tags is exact; all text written back is escaped again.
 */
export function linkCitations(html: string, keys: ReadonlySet<string>, href: (slug: string) => string): string {
  if (keys.size === 0 || html === '') return html;
  const tokens = html.split(/(<[^>]*>)/);
  const parts = new Map<number, TextPart>();
  let joined = '';
  let blocked = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i % 2 === 1) {
      const m = /^<(\/?)([a-z0-9]+)/i.exec(token);
      if (!m) continue;
      const name = m[2]!.toLowerCase();
      if (NO_LINK.has(name)) blocked = Math.max(0, blocked + (m[1] ? -1 : 1));
      if (BLOCK.test(name)) joined += '\n\n';
      continue;
    }
    if (token === '') continue;
    const text = decode(token);
    parts.set(i, { text, at: joined.length, linkable: blocked === 0, links: [] });
    joined += text;
  }
  const ordered = [...parts.values()];
  let p = 0;
  for (const c of extractCitations(joined)) {
    if (!keys.has(c.key)) continue;
    const target = href(keyToSlug(c.key));
    while (p < ordered.length && ordered[p]!.at + ordered[p]!.text.length <= c.start) p++;
    for (let q = p; q < ordered.length && ordered[q]!.at < c.end; q++) {
      const part = ordered[q]!;
      if (!part.linkable) continue;
      const start = Math.max(c.start - part.at, 0);
      const end = Math.min(c.end - part.at, part.text.length);
      if (end > start && part.text.slice(start, end).trim() !== '') part.links.push({ start, end, href: target });
    }
  }
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const part = parts.get(i);
    if (!part || part.links.length === 0) {
      out += tokens[i];
      continue;
    }
    let at = 0;
    for (const link of part.links) {
      if (link.start < at) continue;
      out += escapeText(part.text.slice(at, link.start));
      out += `<a class="cite-link" href="${escapeText(link.href)}">${escapeText(part.text.slice(link.start, link.end))}</a>`;
      at = link.end;
    }
    out += escapeText(part.text.slice(at));
  }
  return out;
}
