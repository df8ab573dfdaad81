import type { MessageKey } from '../../platform/i18n/index.ts';
import { topicSchema, typeSchema } from './taxonomy.schema.ts';

/**
 * The two vocabularies staff manage, topics and resource types. Everything that differs between
 * them is here (table, fields, labels, address), so one repository, service and set of routes
 * serve both.
 */
export const TERM_KINDS = ['topic', 'type'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export interface TermSpec {
  kind: TermKind;
  table: 'topics' | 'resource_types';
  /** The staff screens' address. */
  base: '/admin/topics' | '/admin/types';
  /** The public page whose address holds the slug, for the warning on slug changes. */
  publicPath: (slug: string) => string;
  /** Topics have descriptions (English and Spanish); types have an order in lists instead. */
  fields: readonly ('description' | 'description_es' | 'position' | 'notice_after_years')[];
  schema: typeof topicSchema | typeof typeSchema;
  text: {
    title: MessageKey;
    newTitle: MessageKey;
    add: MessageKey;
    none: MessageKey;
    back: MessageKey;
    inUse: MessageKey;
    slugHint: MessageKey;
  };
}

export const KINDS: Record<TermKind, TermSpec> = {
  topic: {
    kind: 'topic', table: 'topics', base: '/admin/topics',
    publicPath: (slug) => `/topics/${slug}`,
    fields: ['description', 'description_es'],
    schema: topicSchema,
    text: {
      title: 'taxonomy.topics.title', newTitle: 'taxonomy.topics.new', add: 'taxonomy.topics.add', none: 'taxonomy.topics.none',
      back: 'taxonomy.topics.back', inUse: 'taxonomy.topics.in_use', slugHint: 'taxonomy.topics.slug.hint',
    },
  },
  type: {
    kind: 'type', table: 'resource_types', base: '/admin/types',
    publicPath: (slug) => `/resources?type=${slug}`,
    fields: ['position', 'notice_after_years'],
    schema: typeSchema,
    text: {
      title: 'taxonomy.types.title', newTitle: 'taxonomy.types.new', add: 'taxonomy.types.add', none: 'taxonomy.types.none',
      back: 'taxonomy.types.back', inUse: 'taxonomy.types.in_use', slugHint: 'taxonomy.types.slug.hint',
    },
  },
};
