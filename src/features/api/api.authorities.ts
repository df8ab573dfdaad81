import type { Db } from '../../db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { authorityCite, authoritySubtree, findAuthority, listAuthorities, subsectionsOf, type AuthorityCount } from '../authorities/index.ts';
import { alsoCitedAs, displayKey, fullName, keyToSlug, slugToKey } from '../citations/index.ts';
import { authorityUrl, presentSummary } from './api.presenter.ts';
import type { ApiService } from './api.service.ts';
import type { z } from '@hono/zod-openapi';
import type { authorityItemQuerySchema, authorityItemSchema, authorityListQuerySchema, authorityListSchema } from './api.schema.ts';

type Kind = z.infer<typeof authorityListSchema>['data'][number]['kind'];

/** Folded for matching, as on the authority index page: case, accents, spaces and punctuation ignored. */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The authority endpoints' work: load, then present with absolute URLs. */
export function authoritiesApi(db: Db, baseUrl: string, service: ApiService) {
  const ref = (a: AuthorityCount) => ({
    key: a.key, slug: keyToSlug(a.key), kind: a.kind as Kind, name: a.cite ?? fullName(a.key), url: authorityUrl(baseUrl, a.key), count: a.resources,
  });
  return {
    async list(query: z.infer<typeof authorityListQuerySchema>): Promise<z.infer<typeof authorityListSchema>> {
      const all = await listAuthorities(db, query.kind);
      const needle = fold(query.q ?? '');
      const matching = needle ? all.filter((a) => [a.key, displayKey(a.key), fullName(a.key), a.cite ?? ''].some((s) => fold(s).includes(needle))) : all;
      return { data: matching.map((a) => ({ ...ref(a), apiUrl: `${baseUrl}/api/v1/authorities/${keyToSlug(a.key)}` })) };
    },

    async item(param: string, query: z.infer<typeof authorityItemQuerySchema>, generation: number): Promise<z.infer<typeof authorityItemSchema>> {
      // A slug (`ina-212-h`) or the key itself (`INA 212(h)`): both name one authority.
      const key = slugToKey(param) ?? param;
      const authority = await findAuthority(db, key);
      if (!authority) throw notFound(`No published resource cites "${param}".`);
      const keys = await authoritySubtree(db, key);
      const [page, subsections, cite] = await Promise.all([
        service.resources({ sort: 'newest', page: query.page, pageSize: query.pageSize }, generation, { authorityKeys: keys }),
        subsectionsOf(db, key),
        authorityCite(db, key, authority.kind),
      ]);
      const parent = authority.parent_key;
      return {
        data: {
          key, slug: keyToSlug(key), kind: authority.kind as Kind, name: cite ?? fullName(key), alsoCitedAs: alsoCitedAs(key), url: authorityUrl(baseUrl, key),
          parent: parent ? { key: parent, slug: keyToSlug(parent), url: authorityUrl(baseUrl, parent) } : null,
          subsections: subsections.map(ref),
          resources: page.items.map((item) => presentSummary(baseUrl, item, page.topicsByResource.get(item.id), undefined, page.authoritiesByResource.get(item.id))),
        },
        meta: { total: page.total, page: page.page, pageSize: page.pageSize },
      };
    },
  };
}
