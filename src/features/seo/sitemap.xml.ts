import { LOCALES, localePath } from '../../platform/i18n/index.ts';
import type { SitemapRow } from './sitemap.repo.ts';

/** The sitemaps.org limit on URLs in one file. */
export const SITEMAP_MAX_URLS = 50_000;

/** Escapes text for XML element content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

/** The start and end of a `<urlset>` file, written around the streamed `<url>` elements. */
export const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n'
  + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
export const URLSET_CLOSE = '</urlset>\n';

/**
 * The `<url>` elements of one page: one per interface language, each naming every language
 * version (and the English one as x-default) with `xhtml:link` alternates, as the pages' own
 * `<link rel="alternate" hreflang>` do.
 */
export function urlElements(baseUrl: string, row: Pick<SitemapRow, 'path' | 'lastmod' | 'alternates'>): string {
  // A translated resource's alternate in the other language is its translation.
  const alternates = LOCALES.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(baseUrl + localePath(l, row.alternates?.[l] ?? row.path))}"/>\n`).join('')
    + `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(baseUrl + row.path)}"/>\n`;
  const lastmod = row.lastmod ? `    <lastmod>${escapeXml(row.lastmod)}</lastmod>\n` : '';
  return LOCALES.map((l) => `  <url>\n    <loc>${escapeXml(baseUrl + localePath(l, row.path))}</loc>\n${lastmod}${alternates}  </url>\n`).join('');
}

/** The sitemap index pointing at `/sitemap-1.xml` … `/sitemap-N.xml`. */
export function sitemapIndex(baseUrl: string, chunks: number, lastmod: string | null): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'];
  for (let i = 1; i <= chunks; i++) {
    parts.push(`  <sitemap>\n    <loc>${escapeXml(`${baseUrl}/sitemap-${i}.xml`)}</loc>\n${lastmod ? `    <lastmod>${escapeXml(lastmod)}</lastmod>\n` : ''}  </sitemap>\n`);
  }
  parts.push('</sitemapindex>\n');
  return parts.join('');
}

/** robots.txt: crawl the public site, not the staff area or the API; here is the sitemap. */
export function robotsTxt(baseUrl: string): string {
  return ['User-agent: *', 'Disallow: /admin', 'Disallow: /es/admin', 'Disallow: /api/', '', `Sitemap: ${baseUrl}/sitemap.xml`, ''].join('\n');
}
