import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/index';
import { SelectField, type FieldProps, type Option } from './fields';
import { whenIdle } from './when-idle';

/** Preact's options: the placeholder only (the countries are the DOM's). */
const noOptions: readonly Option[] = [];

type CountryFieldProps = FieldProps & { value: string; placeholder: string; autocomplete?: string; onValue: (value: string) => void };

/**
 * A country `<select>`: a native select (keyboard, type-ahead, screen readers and autofill as the
 * browser does them) of every ISO country, named and sorted in the reader's language (i18n/countries/).
 * Preact renders the select and its placeholder; the ~250 countries are `Option` elements made with
 * the DOM once per language rather than ~250 virtual nodes created and diffed at every render of the
 * form. They are added when the page is first idle, after the form's first frame (they were half of the
 * registration page's elements and of its first style and layout), or at once when the select is
 * focused or pressed, before the browser opens it or reads a key: whoever reaches the select finds
 * every country (docs/web.md "Loading", docs/benchmarks.md part 9).
 */
export function CountryField({ id, label, required, error, hint, value, placeholder, autocomplete, onValue }: CountryFieldProps) {
  const { countries } = useI18n();
  const select = useRef<HTMLSelectElement>(null);
  const latestValue = useRef(value);
  latestValue.current = value;
  useLayoutEffect(() => {
    const element = select.current!;
    let filled = false;
    const fill = () => {
      if (filled) return;
      filled = true;
      element.length = 1; // the placeholder (Preact's) stays; another language's countries go
      element.append(...countries.map(([code, name]) => new Option(name, code)));
      // Preact set the value while these options were missing: set it again now that it can be selected.
      element.value = latestValue.current;
    };
    const cancelIdle = whenIdle(fill);
    element.addEventListener('focus', fill);
    element.addEventListener('pointerdown', fill);
    return () => {
      cancelIdle();
      element.removeEventListener('focus', fill);
      element.removeEventListener('pointerdown', fill);
    };
  }, [countries]);
  return (
    <SelectField id={id} label={label} required={required} error={error} hint={hint} value={value} options={noOptions} placeholder={placeholder}
      autocomplete={autocomplete} selectRef={select} onValue={onValue} />
  );
}
