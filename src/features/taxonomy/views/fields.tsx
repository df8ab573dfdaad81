import type { FieldErrors } from '../../../platform/forms.ts';
import { describedBy, fieldId, Messages } from '../../../platform/views/form.tsx';

/**
 * A labelled one-line input or textarea with its hint and error tied to it, like the admin
 * TextField, plus `lang` for fields whose content is in a language other than the page's
 * (the Spanish name on an English staff page), so screen readers pronounce it right.
 */
export function Field(props: {
  name: string; label: string; value?: string; errors: FieldErrors; hint?: string; lang?: string;
  multiline?: boolean; required?: boolean; maxlength?: number; type?: 'text' | 'email' | 'tel'; inputmode?: 'numeric'; autocomplete?: string;
}) {
  const { name, hint } = props;
  const error = props.errors[name];
  const aria = { 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy(name, hint, error) };
  return (
    <div class="field">
      <label for={fieldId(name)}>{props.label}</label>
      <Messages name={name} hint={hint} error={error} />
      {props.multiline
        ? <textarea id={fieldId(name)} name={name} rows={3} lang={props.lang} required={props.required} maxlength={props.maxlength} {...aria}>{props.value ?? ''}</textarea>
        : <input id={fieldId(name)} name={name} type={props.type ?? 'text'} value={props.value ?? ''} lang={props.lang} required={props.required}
            maxlength={props.maxlength} inputmode={props.inputmode} autocomplete={props.autocomplete ?? 'off'} {...aria} />}
    </div>
  );
}
