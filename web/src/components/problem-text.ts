import type { Problem } from '../api/client';
import type { TextKey } from '../i18n/web-catalogue';

/** What of `I18n` (../i18n/index.tsx) the mapping uses; named here so that node tests can import this module without JSX. */
interface I18n {
  t(key: TextKey, params?: Readonly<Record<string, string | number>>): string;
}

/**
 * What an API refusal says to the reader, in the page's language. The API's `title`, `detail` and
 * field `message`s are English for developers (docs/api: problem+json); a page shows none of them.
 * It maps the problem's TYPE (`urn:rendezvous:problem:{slug}`, stable) to a catalogue message, and
 * a field error's rule to one (the API words its rules from a small fixed set, see `fieldRules`);
 * anything not known reads as a generic localised sentence, never as English.
 */

/** The problem types a page explains in its own words (catalogue key `problem.{slug}`). */
const explained = [
  'busy', 'registration-closed', 'duplicate-registration', 'registration-cancelled', 'programme-item-full',
  'participant-not-confirmed', 'participant-not-listed', 'meeting-with-yourself', 'requests-closed', 'pending-request-exists',
  'too-many-pending-requests', 'meeting-not-pending', 'meeting-changed', 'meeting-not-confirmed', 'same-slot',
  'organisers-schedule', 'no-table-free', 'not-your-meeting', 'duplicate-accreditation', 'no-press-contacts', 'already-decided',
  'not-a-press-contact', 'validation', 'recipient-erased', 'address-undeliverable', 'not-found', 'invalid-ticket', 'unknown-ticket-code',
  'nothing-to-schedule', 'another-run-publishing',
] as const;
type Explained = (typeof explained)[number];

/** Types that say the same thing to the reader: the chosen time is not free any more. */
const slotTaken = new Set(['slot-not-bookable', 'requester-unavailable', 'recipient-unavailable', 'requester-booked', 'recipient-booked', 'participant-unavailable']);

/** `urn:rendezvous:problem:expired-answer-link` → `expired-answer-link` (undefined for `about:blank`, a network failure). */
export function problemSlug(problem: Problem | undefined): string | undefined {
  const match = /^urn:rendezvous:problem:(.+)$/.exec(problem?.type ?? '');
  return match?.[1];
}

const isExplained = (slug: string | undefined): slug is Explained => (explained as readonly string[]).includes(slug ?? '');

/** The catalogue message for a problem (of any status), the generic one when its type is not known here. */
export function problemText(i18n: I18n, problem: Problem | undefined): string {
  const slug = problemSlug(problem);
  if (slug !== undefined && slotTaken.has(slug)) return i18n.t('problem.slot-unavailable');
  if (isExplained(slug)) return i18n.t(`problem.${slug}`);
  if (slug?.endsWith('-not-found')) return i18n.t('problem.not-found');
  return i18n.t('problem.generic');
}

/**
 * The API's field rules as it words them (shared/api/*, shared/http/parse-request.ts: zod issues),
 * each with the catalogue message saying it and the number it carries. Checked against the API's
 * own schemas in test/web/problem-text.test.ts, so a reworded rule fails a test instead of
 * silently falling back to `field.invalid`.
 */
const fieldRules: readonly { rule: RegExp; key: TextKey; param?: string }[] = [
  { rule: /^must not be empty$|^Invalid input: expected \w+, received undefined$/, key: 'field.required' },
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
  { rule: /^must be at least (\d+)/, key: 'field.atLeast', param: 'min' },
  { rule: /^slot (\S+) \(.*\) holds \d+ placed meeting/, key: 'field.slotHoldsMeetings', param: 'slot' },
];

/** A field error's `message` (or several joined by "; ", see api/client.ts `fieldErrors`) in the reader's language. */
export function fieldErrorText(i18n: I18n, message: string): string {
  return [...new Set(message.split('; ').map((one) => oneFieldError(i18n, one)))].join(' ');
}

function oneFieldError(i18n: I18n, message: string): string {
  for (const { rule, key, param } of fieldRules) {
    const match = rule.exec(message);
    if (!match) continue;
    const value = match[1] === 'one' ? 1 : match[1];
    return i18n.t(key, param && value !== undefined ? { [param]: /^\d+$/.test(String(value)) ? Number(value) : value } : {});
  }
  return i18n.t('field.invalid');
}

export type LinkFailure = 'expired' | 'invalid' | 'foreign' | 'gone' | 'outdated';

/**
 * What went wrong with the link itself, from the problem's type (docs/auth.md, "Refusals"):
 * `expired-answer-link`, `invalid-status-link`, `foreign-decision-link`, `invalid-manage-token`,
 * a 401 without a token… Undefined when the link was fine and something else failed.
 */
export function linkFailure(problem: Problem | undefined): LinkFailure | undefined {
  const slug = problemSlug(problem) ?? '';
  if (/^expired-.*-link$/.test(slug)) return 'expired';
  if (/^outdated-.*-link$/.test(slug)) return 'outdated';
  if (/^foreign-.*-link$/.test(slug)) return 'foreign';
  if (/^invalid-.*-(link|token)$|^.*-link-incomplete$|^unauthorized$/.test(slug)) return 'invalid';
  if (problem?.status === 404) return 'gone';
  return undefined;
}
