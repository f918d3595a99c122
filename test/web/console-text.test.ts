import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../shared/email/format';
import { languageLayouts } from '../../shared/email/i18n/language-settings';
import { pluralForm, type PluralMessage } from '../../shared/email/i18n/plural';
import { ar } from '../../web/src/i18n/messages/ar';
import { en } from '../../web/src/i18n/messages/en';
import { fr } from '../../web/src/i18n/messages/fr';

/** The console's counted sentences, each noun in its count's form (Intl.PluralRules, as the app's `plural`). */
const forms = (locale: string, message: PluralMessage, counts: number[]) => counts.map((count) => pluralForm(new Intl.PluralRules(locale), message, count).replaceAll('{count}', String(count)));

describe('console texts that count', () => {
  it('reads a published schedule with one plural per count (never "1 meetings booked")', () => {
    expect(forms('en-GB', en['console.schedule.booked'], [1, 6])).toEqual(['1 meeting booked.', '6 meetings booked.']);
    expect(forms('en-GB', en['console.schedule.emailed'], [1, 2])).toEqual(['1 participant emailed.', '2 participants emailed.']);
    expect(forms('fr-FR', fr['console.schedule.booked'], [0, 1, 2])).toEqual(['0 rendez-vous réservé.', '1 rendez-vous réservé.', '2 rendez-vous réservés.']);
    expect(forms('fr-FR', fr['console.schedule.changed'], [0, 3])).toEqual(['0 modifié entre-temps.', '3 modifiés entre-temps.']);
    expect(forms('ar', ar['console.schedule.booked'], [0, 1, 2, 3, 11, 100])).toEqual(['لم يُحجز أي لقاء.', 'حُجز لقاء واحد.', 'حُجز لقاءان.', 'حُجزت 3 لقاءات.', 'حُجز 11 لقاءً.', 'حُجز 100 لقاء.']);
    expect(forms('ar', ar['console.schedule.emailed'], [2, 5])).toEqual(['أُرسل بريد إلى مشاركَين.', 'أُرسل بريد إلى 5 مشاركين.']);
  });

  it('says how many more meetings another schedule might place, when the count is not proven the most', () => {
    expect(forms('en-GB', en['console.schedule.mightPlaceMore'], [1, 3])).toEqual([
      'Another schedule might place up to 1 more meeting: the solver could not rule it out in its time.',
      'Another schedule might place up to 3 more meetings: the solver could not rule it out in its time.',
    ]);
    expect(forms('fr-FR', fr['console.schedule.mightPlaceMore'], [2])[0]).toMatch(/^Un autre planning pourrait placer jusqu’à 2 rendez-vous de plus/);
    expect(forms('ar', ar['console.schedule.mightPlaceMore'], [1, 2, 3, 11]).map((text) => text.split(':')[0])).toEqual([
      'قد يضع جدول آخر لقاءً واحدًا إضافيًا',
      'قد يضع جدول آخر ما يصل إلى لقاءين إضافيين',
      'قد يضع جدول آخر ما يصل إلى 3 لقاءات إضافية',
      'قد يضع جدول آخر ما يصل إلى 11 لقاءً إضافيًا',
    ]);
  });

  it("words an overbooked participant's lost meetings by their count", () => {
    expect(forms('en-GB', en['console.schedule.reason.overbooked'], [1, 2])).toEqual([
      'One meeting of {name} cannot take place — accepted meetings: {meetings}; free slots to meet in: {slots}.',
      '2 meetings of {name} cannot take place — accepted meetings: {meetings}; free slots to meet in: {slots}.',
    ]);
    expect(forms('fr-FR', fr['console.schedule.reason.overbooked'], [1, 2]).map((text) => text.split(' pour ')[0])).toEqual(['1 rendez-vous ne peut pas avoir lieu', '2 rendez-vous ne peuvent pas avoir lieu']);
    expect(forms('ar', ar['console.schedule.reason.overbooked'], [1, 2, 3, 11]).map((text) => text.split(' — ')[0])).toEqual([
      'لا يمكن عقد أحد لقاءات {name}',
      'لا يمكن عقد اثنين من لقاءات {name}',
      'لا يمكن عقد 3 من لقاءات {name}',
      'لا يمكن عقد 11 من لقاءات {name}',
    ]);
  });

  it('counts the meetings being published by their total', () => {
    expect(forms('en-GB', en['console.schedule.publishing'], [1, 6])).toEqual(['Publishing: {done} of 1 meeting handled…', 'Publishing: {done} of 6 meetings handled…']);
    expect(forms('ar', ar['console.schedule.publishing'], [2])).toEqual(['جارٍ النشر: عولج {done} من لقاءين…']);
  });
});

describe('a meeting time in a sentence', () => {
  it('reads "يوم <weekday>" in Arabic, as one says it ("في الثلاثاء" read awkwardly), the day first as the formatter writes it', () => {
    const time = createFormatter(languageLayouts.ar.locale, 'Africa/Casablanca').timeRange({ start: '2026-04-07T14:00:00+01:00', end: '2026-04-07T14:20:00+01:00' });
    const sentence = ar['answer.slot'].replace('{time}', time);
    expect(sentence).toMatch(/^اللقاء يوم الثلاثاء،/);
    expect(sentence).not.toContain('في الثلاثاء');
  });
});
