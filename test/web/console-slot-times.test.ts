import { describe, expect, it } from 'vitest';
import { zonedDateTime } from '../../shared/events/zoned-date-time';
import { createFormatter } from '../../shared/email/format';
import { languageLayouts } from '../../shared/email/i18n/language-settings';
import { ar } from '../../web/src/i18n/messages/ar';
import { en } from '../../web/src/i18n/messages/en';
import { fr } from '../../web/src/i18n/messages/fr';
import { nextSlot, slotDraft, slotName, slotOfDraft, type SlotNaming } from '../../web/src/pages/console/slot-drafts';

const messages = { en, fr, ar } as const;
/** The console's `t` and `format` in a language, as far as naming a slot needs them. */
const naming = (language: 'en' | 'fr' | 'ar'): SlotNaming => ({
  t: (key, params) => String(messages[language][key as 'console.settings.slotNumber']).replace('{number}', String(params?.number)),
  format: (timeZone) => createFormatter(languageLayouts[language].locale, timeZone),
});

/**
 * The console's slot editor (docs/web.md, "Event times"): the organiser sees and types event time, and
 * each instant goes back with its own offset. Europe/Paris in 2027 (clocks forward on 28 March at 02:00,
 * back on 31 October at 03:00): every tz database agrees on it. The browser test is in console.test.ts.
 */
const paris = 'Europe/Paris';

describe('zonedDateTime: an event-time wall clock as an instant with its own offset', () => {
  it.each([
    ['2027-03-28T01:30', '2027-03-28T01:30:00+01:00', 'before clocks go forward'],
    ['2027-03-28T03:30', '2027-03-28T03:30:00+02:00', 'after'],
    ['2027-03-28T02:30', '2027-03-28T03:30:00+02:00', 'in the skipped hour: moved on by the gap'],
    ['2027-10-31T02:30', '2027-10-31T02:30:00+02:00', 'in the repeated hour: the earlier instant'],
    ['2027-10-31T03:30', '2027-10-31T03:30:00+01:00', 'after clocks go back'],
    ['2027-01-20T09:00:00', '2027-01-20T09:00:00+01:00', 'with seconds'],
  ])('%s in Paris is %s (%s)', (local, written) => {
    expect(zonedDateTime(paris, local)).toBe(written);
  });

  it('works in zones a half or three-quarters of an hour off, west and east', () => {
    expect(zonedDateTime('America/St_Johns', '2027-01-20T09:00')).toBe('2027-01-20T09:00:00-03:30');
    expect(zonedDateTime('Pacific/Chatham', '2027-01-20T09:00')).toBe('2027-01-20T09:00:00+13:45');
    expect(zonedDateTime('Africa/Lagos', '2027-01-20T09:00')).toBe('2027-01-20T09:00:00+01:00');
  });
});

describe('the slot editor', () => {
  it('shows a slot written in UTC in event time, and one with written offsets as written', () => {
    expect(slotDraft({ id: 'a', start: '2027-03-27T08:00:00Z', end: '2027-03-27T08:20:00Z' }, paris)).toMatchObject({ start: '2027-03-27T09:00', end: '2027-03-27T09:20' });
    expect(slotDraft({ id: 'b', start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:20:00+02:00' }, paris)).toMatchObject({ start: '2027-03-28T01:30', end: '2027-03-28T03:20' });
  });

  it('sends a time left as shown back exactly as written, whatever else changed', () => {
    const slot = { id: 'a', start: '2027-03-27T08:00:00Z', end: '2027-03-28T03:20:00.000+02:00' };
    expect(slotOfDraft(slotDraft(slot, paris), paris)).toEqual(slot);
  });

  it('writes a typed end after the clocks changed with its own offset, not the start’s', () => {
    const draft = slotDraft({ id: 'b', start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:20:00+02:00' }, paris);
    expect(slotOfDraft({ ...draft, end: '2027-03-28T03:40' }, paris)).toEqual({ id: 'b', start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:40:00+02:00' });
    // A typed start of a slot written in UTC: event time, in the zone's offset (not Z, which read an hour off).
    const utc = slotDraft({ id: 'a', start: '2027-03-27T08:00:00Z', end: '2027-03-27T08:20:00Z' }, paris);
    expect(slotOfDraft({ ...utc, start: '2027-03-27T08:40', end: '2027-03-27T09:00' }, paris)).toEqual({ id: 'a', start: '2027-03-27T08:40:00+01:00', end: '2027-03-27T09:00:00+01:00' });
  });

  it('adds a slot after the last one, as long on the clock, each time with its own offset; an empty time is sent empty', () => {
    const last = slotDraft({ id: 'b', start: '2027-03-28T00:40:00+01:00', end: '2027-03-28T01:40:00+01:00' }, paris);
    const added = nextSlot([last]);
    expect(added).toMatchObject({ id: 'slot-2', start: '2027-03-28T01:40', end: '2027-03-28T02:40' });
    // 02:40 does not exist that night: its end is the instant an hour after 01:40, 03:40 with the summer offset.
    expect(slotOfDraft(added, paris)).toEqual({ id: 'slot-2', start: '2027-03-28T01:40:00+01:00', end: '2027-03-28T03:40:00+02:00' });
    expect(slotOfDraft(nextSlot([]), paris)).toEqual({ id: 'slot-1', start: '', end: '' });
  });
});

describe('the slot editor names a slot by its day and times in the event’s time and the console’s language', () => {
  const slot = (language: 'en' | 'fr' | 'ar') => slotName({ start: '2027-03-28T01:30', end: '2027-03-28T03:20' }, 1, naming(language), paris);

  it('never by its id, whatever the tz database says of the zone', () => {
    expect(slot('en')).toBe('Sunday 28 March, 01:30–03:20');
    expect(slot('fr')).toMatch(/^dimanche 28 mars.* 01:30\s?–\s?03:20$/);
    expect(slot('ar')).toContain('الأحد');
    expect(slot('ar')).toContain('مارس');
  });

  it('by its place in the list while a time is missing', () => {
    expect(slotName({ start: '2027-03-28T01:30', end: '' }, 2, naming('en'), paris)).toBe('no. 3');
    expect(slotName({ start: '', end: '' }, 0, naming('fr'), paris)).toBe('n°\u00a01');
  });
});
