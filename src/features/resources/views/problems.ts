import type { MessageKey, Translate } from '../../../platform/i18n/index.ts';
import type { QueryProblem } from '../resources.schema.ts';

/** The form label each library parameter goes by, so a problem names the field a visitor saw. */
const PARAM_LABEL: Record<string, MessageKey> = {
  q: 'library.filter.q',
  type: 'library.filter.type',
  topic: 'library.filter.topic',
  lang: 'library.filter.lang',
  audience: 'library.filter.audience',
  from: 'library.filter.from',
  to: 'library.filter.to',
  sort: 'library.sort',
  page: 'library.param.page',
};

/** One query problem in the visitor's language: `“Published from” is not a real calendar date`. */
export function problemText(problem: QueryProblem, t: Translate): string {
  if (!problem.code) return problem.message;
  const labelKey = PARAM_LABEL[problem.param];
  const param = labelKey ? t(labelKey) : problem.param.slice(0, 40);
  return t(`library.problem.${problem.code}` as MessageKey, { ...problem.values, param });
}

/** All the problems of a query as one sentence for the 400 page. */
export function problemsMessage(problems: QueryProblem[], t: Translate): string {
  return `${problems.map((p) => problemText(p, t)).join('; ')}.`;
}
