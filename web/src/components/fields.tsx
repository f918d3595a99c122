import type { ComponentChildren, Ref } from 'preact';
import { useEffect } from 'preact/hooks';
import { useI18n } from '../i18n/index';
import { lazy, useLoaded } from '../lazy';
import { whenIdle } from './when-idle';

/**
 * The API's field rules in the reader's language (../failures/field-error-text.ts): a chunk of its
 * own, asked for once a form is on screen and the page idle (ErrorSummary), so it is there long before the
 * API's answer and the pages' first chunk does not carry it.
 */
const fieldErrorTexts = lazy(() => import('../failures/field-error-text'));

export interface FieldProps {
  id: string;
  label: ComponentChildren;
  required?: boolean;
  error?: string | undefined;
  hint?: ComponentChildren;
}

/** The ids an input must point at with aria-describedby: its hint and its error, when shown. */
const describedBy = (id: string, error?: string, hint?: ComponentChildren) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function FieldShell({ id, label, required, error, hint, children }: FieldProps & { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>
        {label} <span class="field__need">({t(required ? 'common.required' : 'common.optional')})</span>
      </label>
      {hint ? <p class="field__hint" id={`${id}-hint`}>{hint}</p> : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** `error` is the API's rule for the field (English, errors[] of problem+json); the reader sees it in the page's language. */
export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p class="field__error" id={`${id}-error`}>
      <FieldErrorText message={error} />
    </p>
  ) : null;
}

/** Its own component so that only a field showing an error waits for the texts' chunk (a form has dozens of fields). */
function FieldErrorText({ message }: { message: string }) {
  const text = useFieldErrorText();
  return <>{text(message)}</>;
}

/** Reads an API field rule in the page's language; before its chunk has arrived (rare: a failed load), the generic message. */
function useFieldErrorText(): (message: string) => string {
  const i18n = useI18n();
  const { value } = useLoaded(fieldErrorTexts);
  return (message) => (value ? value.fieldErrorText(i18n, message) : i18n.t('field.invalid'));
}

type InputProps = FieldProps & {
  value: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'search' | 'password' | 'number' | 'datetime-local';
  autocomplete?: string;
  onValue: (value: string) => void;
};

export function TextField({ id, label, required, error, hint, onValue, value, type = 'text', autocomplete }: InputProps) {
  return (
    <FieldShell id={id} label={label} required={required} error={error} hint={hint}>
      <input
        id={id}
        name={id}
        dir="auto"
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        type={type as 'text'}
        value={value}
        autocomplete={autocomplete}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </FieldShell>
  );
}

type AreaProps = FieldProps & { value: string; maxLength?: number; onValue: (value: string) => void };

export function TextArea({ id, label, required, error, hint, onValue, value, maxLength }: AreaProps) {
  return (
    <FieldShell id={id} label={label} required={required} error={error} hint={hint}>
      <textarea
        id={id}
        name={id}
        dir="auto"
        rows={4}
        value={value}
        maxLength={maxLength}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectProps = FieldProps & {
  value: string;
  options: readonly Option[];
  placeholder?: string;
  autocomplete?: string;
  /** The <select> element, for options added with the DOM (./country-field.tsx). */
  selectRef?: Ref<HTMLSelectElement>;
  onValue: (value: string) => void;
};

export function SelectField({ id, label, required, error, hint, value, options, placeholder, autocomplete, selectRef, onValue }: SelectProps) {
  return (
    <FieldShell id={id} label={label} required={required} error={error} hint={hint}>
      <select
        ref={selectRef}
        id={id}
        name={id}
        value={value}
        required={required}
        autocomplete={autocomplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onValue(event.currentTarget.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

type ChoicesProps = {
  id: string;
  legend: ComponentChildren;
  required?: boolean;
  error?: string | undefined;
  options: readonly (Option & { detail?: ComponentChildren; disabled?: boolean })[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
};

/** A group of checkboxes in a fieldset; its error is announced with the group. */
export function CheckboxGroup({ id, legend, required, error, options, selected, onChange }: ChoicesProps) {
  const { t } = useI18n();
  const toggle = (value: string, on: boolean) => onChange(on ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset class={error ? 'choices field--invalid' : 'choices'} id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend} <span class="field__need">({t(required ? 'common.required' : 'common.optional')})</span>
      </legend>
      <FieldError id={id} error={error} />
      {options.map((option) => (
        <div class="choice" key={option.value}>
          <input
            type="checkbox"
            id={`${id}-${option.value}`}
            name={id}
            value={option.value}
            checked={selected.includes(option.value)}
            disabled={option.disabled}
            onChange={(event) => toggle(option.value, event.currentTarget.checked)}
          />
          <label for={`${id}-${option.value}`}>
            {option.label}
            {option.detail ? <span class="choice__detail">{option.detail}</span> : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * A form's submit button, marked busy while its request is under way. `aria-disabled`, not
 * `disabled`: a disabled button loses the focus, which drops to <body>, and the answer's notice is
 * then announced from nowhere; the form's handler ignores a submit while busy.
 */
export function SubmitButton({ busy, busyLabel, children }: { busy: boolean; busyLabel: string; children: ComponentChildren }) {
  return (
    <button type="submit" class="button button--primary" aria-disabled={busy ? 'true' : undefined}>
      {busy ? busyLabel : children}
    </button>
  );
}

/** A list of the problem's field errors at the top of a form, each a link to its field. */
export function ErrorSummary({ errors, labels }: { errors: Record<string, string>; labels: Record<string, string> }) {
  const { t } = useI18n();
  const text = useFieldErrorText();
  // Every form shows a summary (empty until a refusal): the texts load while the reader fills it in,
  // once the page is idle, so that the request and its evaluation stay out of the first render's way.
  useEffect(() => whenIdle(() => void fieldErrorTexts.load().catch(() => undefined)), []);
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <p>{t('common.errorSummary')}</p>
      <ul>
        {entries.map(([path, message]) => (
          <li key={path}>
            <a href={`#${path}`}>{labels[path] ?? path}</a>: {text(message)}
          </li>
        ))}
      </ul>
    </div>
  );
}

