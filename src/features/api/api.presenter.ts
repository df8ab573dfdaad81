import type { LibraryItem } from '../resources/index.ts';
import type { ResourceDetail, ResourceRef } from '../resources/index.ts';
import { AUDIENCES, type Audience } from '../resources/index.ts';
import type { Snippet } from '../search/index.ts';
import type { ResourceAuthority } from '../authorities/index.ts';
import { keyToSlug } from '../citations/index.ts';
import type { ProjectBody, ResourceDetailBody, ResourceSummary, TopicBody, TypeBody } from './api.schema.ts';

/**
 * Pure functions from repository rows to the API's JSON objects. Every URL is absolute, built
 * from the configured base URL, so a client never has to guess the host.
 */

type Named = { slug: string; name: string };

/** The absolute address of a resource page. */
export function resourceUrl(baseUrl: string, slug: string): string {
  return `${baseUrl}/resources/${slug}`;
}

function audience(value: string): Audience {
  return (AUDIENCES as readonly string[]).includes(value) ? (value as Audience) : 'practitioners';
}

const named = (n: Named): Named => ({ slug: n.slug, name: n.name });

/** Why a list item matched `q`: its score, snippet and the query's citations it cites. */
export interface MatchFacts {
  score: number;
  snippet?: Snippet;
  matchedCitations: string[];
}

/** The absolute address of an authority page. */
export function authorityUrl(baseUrl: string, key: string): string {
  return `${baseUrl}/authorities/${keyToSlug(key)}`;
}

/** The authorities a resource cites, as the API lists them. */
export function presentCited(baseUrl: string, authorities: readonly ResourceAuthority[] = []): ResourceSummary['authorities'] {
  return authorities.map((a) => ({ key: a.key, kind: a.kind as ResourceSummary['authorities'][number]['kind'], cite: a.display, url: authorityUrl(baseUrl, a.key) }));
}

/** A list item of `GET /api/v1/resources`; `match` adds relevance facts when the list answers `q`. */
export function presentSummary(
  baseUrl: string, item: LibraryItem, topics: Named[] = [], match?: MatchFacts, authorities: readonly ResourceAuthority[] = [],
): ResourceSummary {
  return {
    slug: item.slug,
    title: item.title,
    type: { slug: item.type_slug, name: item.type_name },
    topics: topics.map(named),
    language: item.language,
    audience: audience(item.audience),
    publishedOn: item.published_on,
    updatedOn: item.updated_on ?? null,
    summary: item.summary,
    superseded: Boolean(Number(item.superseded)),
    documentNumber: item.document_number ?? null,
    reviewedOn: item.reviewed_on ?? null,
    url: resourceUrl(baseUrl, item.slug),
    authorities: presentCited(baseUrl, authorities),
    ...(match ? {
      score: Math.round(match.score * 1000) / 1000,
      ...(match.snippet ? { snippet: presentSnippet(match.snippet) } : {}),
      matchedCitations: match.matchedCitations,
    } : {}),
  };
}

function presentSnippet(s: Snippet) {
  return {
    source: s.source, ...(s.page !== undefined ? { page: s.page } : {}), text: s.text,
    matches: s.marks.map(([start, end]) => ({ start, end })),
  };
}

function presentRef(baseUrl: string, r: ResourceRef) {
  return { slug: r.slug, title: r.title, url: resourceUrl(baseUrl, r.slug) };
}

function presentLanguageRef(baseUrl: string, r: ResourceRef) {
  return { slug: r.slug, language: r.language, title: r.title, url: resourceUrl(baseUrl, r.slug) };
}

/** The body of `GET /api/v1/resources/{slug}`; `bodyHtml` is included when given. */
export function presentDetail(baseUrl: string, detail: ResourceDetail, bodyHtml?: string): ResourceDetailBody {
  const r = detail.resource;
  const series = detail.series;
  return {
    slug: r.slug,
    title: r.title,
    type: named(detail.type),
    topics: detail.topics.map(named),
    language: r.language,
    audience: audience(r.audience),
    publishedOn: r.published_on,
    updatedOn: r.updated_on ?? null,
    summary: r.summary,
    superseded: detail.supersededBy.length > 0,
    documentNumber: r.document_number ?? null,
    reviewedOn: r.reviewed_on ?? null,
    url: resourceUrl(baseUrl, r.slug),
    authorities: presentCited(baseUrl, detail.authorities),
    body: r.body,
    ...(bodyHtml === undefined ? {} : { bodyHtml }),
    authors: detail.authors.map((a) => ({ name: a.name, affiliation: a.affiliation })),
    updates: detail.updates.map((u) => ({ on: u.on, note: u.note })),
    attachments: detail.attachments.map((a) => ({
      filename: a.filename,
      title: a.title,
      bytes: Number(a.bytes),
      mimeType: a.mime_type,
      url: a.storage_key ? `${baseUrl}/resources/${r.slug}/attachments/${a.id}/${encodeURIComponent(a.filename)}` : null,
    })),
    series: series
      ? { slug: series.slug, title: series.title, part: r.series_part ?? null, of: series.parts ?? series.members.length }
      : null,
    translationOf: detail.original ? presentLanguageRef(baseUrl, detail.original) : null,
    translations: detail.translations.map((t) => presentLanguageRef(baseUrl, t)),
    supersedes: detail.supersedes.map((s) => presentRef(baseUrl, s)),
    supersededBy: detail.supersededBy.map((s) => presentRef(baseUrl, s)),
    projects: detail.projects.map(named),
  };
}

/** Topics in the taxonomy's order with their counts of published resources (0 when unused). */
export function presentTopics(baseUrl: string, topics: (Named & { id: number; description: string })[], counts: Map<number, number>): TopicBody[] {
  return topics.map((t) => ({
    slug: t.slug, name: t.name, description: t.description, count: counts.get(t.id) ?? 0, url: `${baseUrl}/topics/${t.slug}`,
  }));
}

/** Resource types in display order with their counts of published resources. */
export function presentTypes(types: (Named & { id: number })[], counts: Map<number, number>): TypeBody[] {
  return types.map((t) => ({ slug: t.slug, name: t.name, count: counts.get(t.id) ?? 0 }));
}

/** Published projects in curated order with their counts of published resources. */
export function presentProjects(baseUrl: string, projects: (Named & { summary: string; count: number | string | null })[]): ProjectBody[] {
  return projects.map((p) => ({ slug: p.slug, name: p.name, summary: p.summary, count: Number(p.count ?? 0), url: `${baseUrl}/projects/${p.slug}` }));
}
