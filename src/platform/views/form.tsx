import type { Child } from 'hono/jsx';
import { createContext, useContext } from 'hono/jsx';
import type { Translate } from '../i18n/index.ts';
import type { FieldErrors } from '../forms.ts';

/** Carries the request's CSRF token down to every <CsrfField /> inside a layout that provides it (the staff area's). */
export const CsrfContext = createContext('');

/** The hidden CSRF input every state-changing form in the staff area must contain. */
export function CsrfField() {
  return <input type="hidden" name="_csrf" value={useContext(CsrfContext)} />;
}

/** The id of a form control named `name`; hints and errors derive theirs from it. */
export const fieldId = (name: string) => `f-${name}`;

/** The aria-describedby value tying a control to its hint and error, if any. */
export function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A control's hint and error message, with the ids describedBy points at. */
export function Messages(props: { name: string; hint?: string; error?: string }) {
  return (
    <>
      {props.hint ? <p class="fine-print" id={`${fieldId(props.name)}-hint`}>{props.hint}</p> : null}
      {props.error ? <p class="field-error" id={`${fieldId(props.name)}-error`}>{props.error}</p> : null}
    </>
  );
}

/** A labelled input with its hint and error message tied to it (aria-describedby, aria-invalid). */
export function TextField(props: {
  name: string; label: string; value?: string; error?: string; hint?: string;
  type?: 'text' | 'email' | 'password'; autocomplete?: string; required?: boolean; inputmode?: 'numeric' | 'text' | 'email'; maxlength?: number;
}) {
  const { name, error, hint } = props;
  return (
    <div class="field">
      <label for={fieldId(name)}>{props.label}</label>
      <Messages name={name} hint={hint} error={error} />
      <input
        id={fieldId(name)} name={name} type={props.type ?? 'text'}
        // Passwords are never sent back to the browser, even when the form is refilled.
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete} required={props.required} inputmode={props.inputmode} maxlength={props.maxlength}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, hint, error)}
      />
    </div>
  );
}

/** A labelled select with its hint and error message. */
export function SelectField(props: {
  name: string; label: string; value?: string; error?: string; hint?: string; options: { value: string; label: string }[];
}) {
  const { name, error, hint } = props;
  return (
    <div class="field">
      <label for={fieldId(name)}>{props.label}</label>
      <Messages name={name} hint={hint} error={error} />
      <select id={fieldId(name)} name={name} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, hint, error)}>
        {props.options.map((o) => <option value={o.value} selected={o.value === props.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** The list of problems at the top of a form that did not validate, each linking to its field. */
export function ErrorSummary(props: { t: Translate; errors: FieldErrors; labels: Record<string, string> }) {
  const entries = Object.entries(props.errors).filter(([, m]) => m);
  if (!entries.length) return null;
  return (
    <div class="notice notice-error" role="alert">
      <h2>{props.t('admin.form.problem')}</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li>{props.labels[name] ? <a href={`#${fieldId(name)}`}>{props.labels[name]}: {message}</a> : message}</li>
        ))}
      </ul>
    </div>
  );
}

/** A status message box: success (after a change), error or warning. */
export function Notice(props: { kind?: 'success' | 'error' | 'warning'; children?: Child; role?: 'status' | 'alert' }) {
  const kind = props.kind ? ` notice-${props.kind}` : '';
  return <div class={`notice${kind}`} role={props.role ?? (props.kind === 'error' ? 'alert' : 'status')}>{props.children}</div>;
}
