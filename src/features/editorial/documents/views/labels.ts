import type { Translate } from '../../../../platform/i18n/index.ts';
import type { KindSpec } from '../kinds.ts';

/** Field labels of a kind in the page's language, by field name (forms, error summary, diffs). */
export function documentFieldLabels(t: Translate, spec: KindSpec): Record<string, string> {
  return {
    title: t(spec.labels.title), slug: t('editorial.field.slug'), summary: t('editorial.field.summary'), body: t('editorial.field.body'),
    position: t('documents.field.position'), publishedOn: t('editorial.field.publishedOn'), status: t('editorial.list.col.state'),
    publishAt: t('editorial.workflow.scheduled_for'),
  };
}
