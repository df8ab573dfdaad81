import { bylineName } from './person-name.ts';
import type { ResourceDetail } from './resources.repo.ts';

/**
 * schema.org structured data for resource pages, as JSON-LD. It is data, not script: the CSP
 * does not run it, and the serializer escapes `<`, `>` and `&` so no title can close the element.
 */

/** A JSON value; `undefined` members are left out when serialized. */
export type JsonLdValue = string | number | boolean | null | JsonLdValue[] | { [key: string]: JsonLdValue | undefined };

/** JSON safe inside `<script>`: no `<`, `>`, `&`, or line separators survive as raw characters. */
export function serializeJsonLd(data: JsonLdValue): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The schema.org type that fits a resource type: reports, scholarly (legal) analysis, or an article. */
export function schemaType(typeSlug: string): 'Report' | 'ScholarlyArticle' | 'Article' {
  if (/report|analysis|toolkit/.test(typeSlug)) return 'Report';
  if (/advisory/.test(typeSlug)) return 'ScholarlyArticle';
  return 'Article';
}

/** Search engines show at most about 110 characters of a headline; the full title stays in `name`. */
function headline(title: string): string {
  const chars = [...title];
  return chars.length <= 110 ? title : `${chars.slice(0, 109).join('').trimEnd()}…`;
}

/** The JSON-LD object of a resource page. `url` is the page's canonical address. */
export function resourceJsonLd(
  detail: ResourceDetail,
  context: { baseUrl: string; url: string; organization: { name: string } },
): JsonLdValue {
  const r = detail.resource;
  const { baseUrl } = context;
  const publisher = { '@type': 'Organization', name: context.organization.name, url: baseUrl };
  const resourceUrl = (slug: string) => `${baseUrl}/resources/${slug}`;
  return {
    '@context': 'https://schema.org',
    '@type': schemaType(detail.type.slug),
    '@id': resourceUrl(r.slug),
    url: context.url,
    mainEntityOfPage: context.url,
    headline: headline(r.title),
    name: r.title,
    description: r.summary,
    genre: detail.type.name,
    datePublished: r.published_on,
    dateModified: r.updated_on ?? r.published_on,
    inLanguage: r.language,
    author: detail.authors.length
      ? detail.authors.map((a) => ({ '@type': 'Person', name: bylineName(a.name), ...(a.affiliation ? { affiliation: { '@type': 'Organization', name: a.affiliation } } : {}) }))
      : [publisher],
    identifier: r.document_number ?? undefined,
    publisher,
    about: detail.topics.map((t) => ({ '@type': 'Thing', name: t.name, url: `${baseUrl}/topics/${t.slug}` })),
    isPartOf: detail.series ? { '@type': 'CreativeWorkSeries', name: detail.series.title } : undefined,
    translationOfWork: detail.original ? { '@id': resourceUrl(detail.original.slug) } : undefined,
    workTranslation: detail.translations.length && !detail.original ? detail.translations.map((t) => ({ '@id': resourceUrl(t.slug) })) : undefined,
  };
}

/** The `<script type="application/ld+json">` element for the page head. */
export function JsonLd(props: { data: JsonLdValue }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(props.data) }} />;
}
