import { participantTypeLabels } from '../../shared/email/i18n/participant-type-labels';
import { describe, expect, it } from 'vitest';
import { placeholdersIn, type MessageKey } from '../../shared/email/i18n/catalogue';
import { languages } from '../../shared/email/i18n';
import { createTranslator } from '../../shared/email/i18n/create-translator';
import { MissingMessageParameterError } from '../../shared/email/i18n/translator';
import { en } from '../../shared/email/i18n/en';
import { pluralForm } from '../../shared/email/i18n/plural';
import { summaryStrings } from '../../shared/organisers/summary-strings';

const FSI = '\u2068';
const PDI = '\u2069';

describe('message catalogues', () => {
  const reference = Object.keys(en).sort();

  /** Arabic's extra plural forms (`x.two`…) of a plural message `x.other`: no placeholder English's `x.other` lacks. */
  const extraPluralForm = /^(.+)\.(zero|two|few|many)$/;

  it.each(Object.values(languages).map((settings) => [settings.language, settings] as const))('%s has exactly the English keys and placeholders', (_language, settings) => {
    const extras = Object.keys(settings.catalogue).filter((key) => !(key in en));
    expect(Object.keys(settings.catalogue).filter((key) => key in en).sort()).toEqual(reference);
    for (const key of extras) {
      const base = extraPluralForm.exec(key)?.[1];
      expect(base && `${base}.other` in en, key).toBe(true);
      const allowed = placeholdersIn(en[`${base}.other` as MessageKey]);
      expect(placeholdersIn((settings.catalogue as Record<string, string>)[key] ?? '').every((name) => allowed.includes(name)), key).toBe(true);
    }
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

  it('isolates a phrase as a whole in the reader’s direction, its values each by their own', () => {
    const en = createTranslator('en');
    const label = en.phrase(en.t('meeting.participant', { name: 'أمينة بنعلي', organisation: 'Maroc Numeric Cluster' }));
    expect(label.html.toString()).toBe('<bdi dir="ltr"><bdi>أمينة بنعلي</bdi> (<bdi>Maroc Numeric Cluster</bdi>)</bdi>');
    const ar = createTranslator('ar');
    expect(ar.phrase('Karim (Atlas)').plain).toBe('\u2067Karim (Atlas)\u2069');
  });
});

describe('plurals', () => {
  it('chooses the form with Intl.PluralRules, Arabic’s six categories included', () => {
    const ar = createTranslator('ar');
    const forms = [1, 2, 3, 11, 100].map((count) => ar.plural('meeting-answer-reminder.more', count).plain);
    expect(forms).toEqual(['وطلب آخر', 'وطلبان آخران', 'و3 طلبات أخرى', 'و11 طلبًا آخر', 'و100 طلب آخر']);
    const fr = createTranslator('fr');
    expect([1, 2].map((count) => fr.plural('meeting-answer-reminder.more', count).plain)).toEqual(['et une autre', 'et 2 autres']);
  });

  it('gives the organiser summary “1 demande”, “2 demandes” (never “1 demandes”)', () => {
    const rules = new Intl.PluralRules('fr-FR');
    expect([1, 2].map((count) => pluralForm(rules, summaryStrings.fr.requests, count))).toEqual(['{count} demande', '{count} demandes']);
    expect(pluralForm(new Intl.PluralRules('en-GB'), summaryStrings.en.preheaderMeetings, 1)).toBe('{count} confirmed meeting');
  });

  it('names the participant types in the organiser summary as the emails, pages and badges do', () => {
    expect(summaryStrings.fr.participantType['cluster-manager']).toBe('Animation de cluster');
    expect(summaryStrings.en.participantType['cluster-manager']).toBe('Cluster management');
    expect(Object.keys(summaryStrings.fr.participantType).sort()).toEqual(['cluster-manager', 'company', 'institution', 'other', 'research']);
    for (const language of ['fr', 'en'] as const) {
      const printed = Object.fromEntries(Object.entries(participantTypeLabels[language]).map(([key, label]) => [key.replace('meeting.participantType.', ''), label]));
      expect(summaryStrings[language].participantType).toEqual(printed);
    }
  });

  it('lets an explicit zero text win for 0', () => {
    expect(pluralForm(new Intl.PluralRules('en-GB'), { zero: 'none', one: 'one', other: 'many' }, 0)).toBe('none');
  });
});
