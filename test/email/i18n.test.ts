import { describe, expect, it } from 'vitest';
import { placeholdersIn, type MessageKey } from '../../shared/email/i18n/catalogue';
import { languages } from '../../shared/email/i18n';
import { createTranslator, MissingMessageParameterError } from '../../shared/email/i18n/translator';
import { en } from '../../shared/email/i18n/en';

const FSI = '\u2068';
const PDI = '\u2069';

describe('message catalogues', () => {
  const reference = Object.keys(en).sort();

  it.each(Object.values(languages).map((settings) => [settings.language, settings] as const))('%s has exactly the English keys and placeholders', (_language, settings) => {
    expect(Object.keys(settings.catalogue).sort()).toEqual(reference);
    for (const key of reference as MessageKey[]) {
      expect(placeholdersIn(settings.catalogue[key]).sort(), key).toEqual(placeholdersIn(en[key]).sort());
      expect(settings.catalogue[key].trim(), key).not.toBe('');
    }
  });

  it('Arabic is right-to-left, the others left-to-right', () => {
    expect(languages.ar.dir).toBe('rtl');
    expect(languages.fr.dir).toBe('ltr');
    expect(languages.en.dir).toBe('ltr');
  });
});

describe('translator', () => {
  it('escapes interpolated values in HTML and isolates them with <bdi>', () => {
    const text = createTranslator('en').t('greeting', { name: '<script>alert(1)</script> & co' });
    expect(text.html.toString()).toBe('Dear <bdi>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</bdi>,');
    expect(text.plain).toBe('Dear <script>alert(1)</script> & co,');
  });

  it('cleans values to one line and drops bidi overrides', () => {
    const text = createTranslator('fr').t('greeting', { name: 'Eve\r\n\u202eMallory\u0000' });
    expect(text.plain).toBe('Bonjour Eve Mallory,');
  });

  it('wraps values in first-strong isolates in right-to-left plain text', () => {
    const text = createTranslator('ar').t('greeting', { name: 'Amina' });
    expect(text.plain).toBe(`مرحبًا ${FSI}Amina${PDI}،`);
  });

  it('formats numbers for the language', () => {
    expect(createTranslator('en').t('registration-waitlisted.position', { position: 1200 }).plain).toBe('Your position on the waiting list: 1,200.');
    expect(createTranslator('ar').t('registration-waitlisted.position', { position: 12 }).plain).toContain('12');
  });

  it('throws when a parameter is missing at run time', () => {
    const translator = createTranslator('en');
    const t = translator.t as (key: string, params?: object) => unknown;
    expect(() => t('greeting', {})).toThrow(MissingMessageParameterError);
  });

  it('joins lists with the language separator', () => {
    const ar = createTranslator('ar');
    expect(ar.list([ar.value('Logismed'), ar.value('Casablanca')]).plain).toBe(`${FSI}Logismed${PDI}، ${FSI}Casablanca${PDI}`);
  });
});
