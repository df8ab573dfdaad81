import type { ViewContext } from '../../../platform/http.ts';
import type { QueryProblem } from '../resources.schema.ts';
import { problemText } from './problems.ts';

/** The library parameters that have a text or date field on this page; the rest are kept hidden. */
const FIELDS = [
  { name: 'q', type: 'search', label: 'library.filter.q' },
  { name: 'from', type: 'date', label: 'library.filter.from' },
  { name: 'to', type: 'date', label: 'library.filter.to' },
] as const;

/**
 * A library search that could not be understood (400): each problem in plain words in an
 * announced summary linking to its field, and the search form again with what was typed, each
 * wrong field marked invalid and tied to its message. Parameters that were fine are carried
 * along hidden; a wrong one without a field here (an unknown sort, page 0) is dropped.
 */
export function QueryProblems(props: {
  view: ViewContext;
  problems: QueryProblem[];
  submitted: Record<string, string>;
  /** Where the form goes: the library, or the topic or project page it came from. */
  action: string;
  /** The parameters this page takes. */
  allowed: readonly string[];
}) {
  const { view, problems, submitted, action, allowed } = props;
  const t = view.t;
  const problemFor = (name: string) => problems.find((p) => p.param === name);
  const fields = FIELDS.filter((f) => allowed.includes(f.name));
  const fieldNames = new Set<string>(fields.map((f) => f.name));
  const hidden = Object.entries(submitted).filter(([name]) => allowed.includes(name) && !fieldNames.has(name) && name !== 'page' && !problemFor(name));
  return (
    <div class="narrow error-page">
      <h1>{t('error.400.title')}</h1>
      <div class="notice notice-error" role="alert" aria-labelledby="problems-heading">
        <h2 id="problems-heading">{t('library.problems.heading')}</h2>
        <ul>
          {problems.map((p) => {
            const text = problemText(p, t);
            const field = p.param === 'query' ? 'from' : p.param;
            return <li>{fieldNames.has(field) ? <a href={`#f-${field}`}>{text}</a> : text}</li>;
          })}
        </ul>
      </div>
      <form method="get" action={action} class="filter-form">
        {fields.map((f) => {
          // "From after to" is reported on `from` but is about both dates.
          const problem = problemFor(f.name) ?? (f.name === 'to' ? problems.find((p) => p.code === 'date_order') : undefined);
          const errorId = `f-${f.name}-error`;
          return (
            <div class="field">
              <label for={`f-${f.name}`}>{t(f.label)}</label>
              {problem ? <p class="field-error" id={errorId}>{problemText(problem, t)}</p> : null}
              <input id={`f-${f.name}`} type={f.type} name={f.name} value={submitted[f.name] ?? ''} maxlength={f.name === 'q' ? 2000 : undefined}
                aria-invalid={problem ? 'true' : undefined} aria-describedby={problem ? errorId : undefined} />
            </div>
          );
        })}
        {hidden.map(([name, value]) => <input type="hidden" name={name} value={value} />)}
        <button type="submit">{t('library.filter.apply')}</button>
      </form>
      <p><a href={action}>{t('library.filter.clear')}</a></p>
    </div>
  );
}
