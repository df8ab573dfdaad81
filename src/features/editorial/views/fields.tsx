import type { Child } from 'hono/jsx';
import { Messages, describedBy, fieldId } from '../../../platform/views/form.tsx';

/** A labelled input of any simple type, with hint and error tied to it. */
export function Input(props: {
  name: string; label: string; value?: string; error?: string; hint?: string; required?: boolean; maxlength?: number;
  type?: 'text' | 'date' | 'time' | 'number' | 'file'; accept?: string; multiple?: boolean; min?: string; max?: string;
  list?: string; pattern?: string; inputmode?: 'numeric' | 'text';
  /** The language of the value, when it is not the page's (Spanish fields on an English screen). */
  lang?: string;
}) {
  const { name, error, hint } = props;
  return (
    <div class="field">
      <label for={fieldId(name)}>{props.label}</label>
      <Messages name={name} hint={hint} error={error} />
      <input
        id={fieldId(name)} name={name} type={props.type ?? 'text'} value={props.type === 'file' ? undefined : props.value}
        required={props.required} maxlength={props.maxlength} accept={props.accept} multiple={props.multiple}
        min={props.min} max={props.max} list={props.list} pattern={props.pattern} inputmode={props.inputmode} lang={props.lang}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, hint, error)}
      />
    </div>
  );
}

/** A labelled textarea; `editor` marks the body field editor.js enhances with a toolbar and preview. */
export function TextArea(props: {
  name: string; label: string; value?: string; error?: string; hint?: string; rows?: number; editor?: boolean; required?: boolean;
  /** JSON of the toolbar's button labels, in the page's language. */
  labels?: string;
  /** The language of the value, when it is not the page's. */
  lang?: string;
}) {
  const { name, error, hint } = props;
  return (
    <div class="field">
      <label for={fieldId(name)}>{props.label}</label>
      <Messages name={name} hint={hint} error={error} />
      <textarea
        id={fieldId(name)} name={name} rows={props.rows ?? 4} required={props.required} data-editor={props.editor ? 'markdown' : undefined} data-labels={props.labels} lang={props.lang}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, hint, error)}
      >{props.value ?? ''}</textarea>
    </div>
  );
}

/** A group of checkboxes sharing one name, in a fieldset with its legend, hint and error. */
export function Checkboxes(props: { name: string; legend: string; options: { value: string; label: string }[]; checked: string[]; error?: string; hint?: string }) {
  const { name, error, hint } = props;
  return (
    <fieldset class="field checkboxes" id={fieldId(name)} aria-describedby={describedBy(name, hint, error)}>
      <legend>{props.legend}</legend>
      <Messages name={name} hint={hint} error={error} />
      <ul class="checkbox-list">
        {props.options.map((o) => (
          <li>
            <label><input type="checkbox" name={name} value={o.value} checked={props.checked.includes(o.value)} /> {o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A labelled select: the admin form's own, under the name these views use. */
export { SelectField as Select } from '../../../platform/views/form.tsx';

/** A fieldset with a legend around related fields. */
export function Group(props: { legend: string; children?: Child }) {
  return <fieldset class="form-group"><legend>{props.legend}</legend>{props.children}</fieldset>;
}
