import type { TextKey } from '../i18n/web-catalogue';
import type { Translates as I18n } from './translates';

/**
 * A field error of problem+json `errors[]` in the reader's language (docs/web.md, "Failures in the
 * reader's language"). Its own chunk, loaded by the form components (components/fields.tsx) only
 * once a form is on screen, so the pages' first chunk does not carry it.
 */

/**
 * The API's field rules as it words them (shared/api/*, shared/http/parse-request.ts: zod issues),
 * each with the catalogue message saying it and the number it carries. Checked against the API's
 * own schemas in test/web/problem-text.test.ts, so a reworded rule fails a test instead of
 * silently falling back to `field.invalid`.
 */
const fieldRules: readonly { rule: RegExp; key: TextKey; param?: string }[] = [
  // A field sent empty (null: a cleared number in the console's settings) is a field left out.
  { rule: /^must not be empty$|^is required$|^Invalid input: expected \w+, received null$/, key: 'field.required' },
  { rule: /^must be at most (\d+) characters$/, key: 'field.tooLong', param: 'max' },
  { rule: /^must (?:have|hold) at least (\d+) characters$/, key: 'field.tooShort', param: 'min' },
  { rule: /^must be an email address$/, key: 'field.email' },
  { rule: /^must be an E\.164 number/, key: 'field.phone' },
  { rule: /^must be an ISO 3166-1 alpha-2/, key: 'field.country' },
  { rule: /^must (?:list|propose) at least (\d+|one)/, key: 'field.fewItems', param: 'min' },
  { rule: /^must (?:list|propose) at most (\d+)/, key: 'field.manyItems', param: 'max' },
  { rule: /^must not repeat/, key: 'field.repeated' },
  { rule: /^must be true: .*consent/, key: 'field.consent' },
  { rule: /^must be an http\(s\) URL$|^must be a URL /, key: 'field.url' },
  { rule: /^must be a date YYYY-MM-DD$|^is on \S+, outside the event/, key: 'field.date' },
  { rule: /^must be a time HH:MM/, key: 'field.time' },
  { rule: /^must be later than |^must not start before /, key: 'field.order' },
  { rule: /control characters$/, key: 'field.controlCharacters' },
  { rule: /^must be one of |^must be an id from the event$|^must be a meeting slot id |^is not an? (?:sector|programme item|cluster|tag|day|meeting slot)\b|^Invalid option/, key: 'field.choice' },
  { rule: /^must be at least (\d+)|^Too small: expected number to be >=(-?\d+)$/, key: 'field.atLeast', param: 'min' },
  { rule: /^Too small: expected number to be >(-?\d+)$/, key: 'field.moreThan', param: 'min' },
  { rule: /^Invalid input: expected (?:number|int), received/, key: 'field.wholeNumber' },
  { rule: /^Invalid ISO datetime$/, key: 'field.dateTime' },
  { rule: /^start must be before end$/, key: 'field.order' },
  { rule: /^has no seat left$/, key: 'field.full' },
  { rule: /^must be 8 letters and digits/, key: 'field.ticketCode' },
  { rule: /^must not contain \uFFFD/, key: 'field.unreadable' },
  // A programme choice or an unavailable slot at the time of a confirmed meeting; a proposed time that holds one.
  { rule: /^(?:is at the time of|holds) your confirmed meeting /, key: 'field.meetingThen' },
  { rule: /^you are not available then /, key: 'field.notAvailableThen' },
  // The console's settings put the slot's name (its day and times) where the API writes its id.
  { rule: /^slot (.+) \(\S+ to \S+\) holds \d+ placed meeting/, key: 'field.slotHoldsMeetings', param: 'slot' },
];

/** A field error's `message` (or several joined by "; ", see api/client.ts `fieldErrors`) in the reader's language. */
export function fieldErrorText(i18n: I18n, message: string): string {
  return [...new Set(message.split('; ').map((one) => oneFieldError(i18n, one)))].join(' ');
}

function oneFieldError(i18n: I18n, message: string): string {
  for (const { rule, key, param } of fieldRules) {
    const match = rule.exec(message);
    if (!match) continue;
    // A rule with two wordings carries its number in whichever group matched.
    const found = match.slice(1).find((group) => group !== undefined);
    const value = found === 'one' ? 1 : found;
    return i18n.t(key, param && value !== undefined ? { [param]: /^-?\d+$/.test(String(value)) ? Number(value) : value } : {});
  }
  return i18n.t('field.invalid');
}
