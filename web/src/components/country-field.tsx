import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/index';
import { describedBy, FieldShell, type FieldProps } from './fields';

type CountryFieldProps = FieldProps & { value: string; placeholder: string; autocomplete?: string; onValue: (value: string) => void };

/**
 * A country `<select>`: a native select (keyboard, type-ahead, screen readers and autofill as the
 * browser does them) of every ISO country, named and sorted in the reader's language (i18n/countries/).
 * Preact renders the select and its placeholder; the ~250 countries are `Option` elements made with
 * the DOM once per language, before the first paint, rather than ~250 virtual nodes created and diffed
 * at every render of the form (the registration page's first render, docs/benchmarks.md part 9).
 */
export function CountryField({ id, label, required, error, hint, value, placeholder, autocomplete, onValue }: CountryFieldProps) {
  const { countries } = useI18n();
  const select = useRef<HTMLSelectElement>(null);
  // A layout effect: the options are there in the same frame as the form, never after it is shown.
  useLayoutEffect(() => {
    const element = select.current!;
    element.length = 1; // the placeholder (Preact's) stays; another language's countries go
    element.append(...countries.map(([code, name]) => new Option(name, code)));
    // Preact set the value before these options existed: set it again now that it can be selected.
    element.value = value;
  }, [countries]);
  return (
    <FieldShell id={id} label={label} required={required} error={error} hint={hint}>
      <select
        ref={select}
        id={id}
        name={id}
        value={value}
        required={required}
        autocomplete={autocomplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onValue(event.currentTarget.value)}
      >
        <option value="">{placeholder}</option>
      </select>
    </FieldShell>
  );
}
