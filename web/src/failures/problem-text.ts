import type { Problem } from '../api/client';
import { linkFailureOf, type LinkFailure } from '../../../shared/http/link-failure';
import type { Translates as I18n } from './translates';

/**
 * What an API refusal says to the reader, in the page's language. The API's `title`, `detail` and
 * field `message`s are English for developers (docs/api: problem+json); a page shows none of them.
 * It maps the problem's TYPE (`urn:rendezvous:problem:{slug}`, stable) to a catalogue message
 * (field errors: ./field-error-text.ts); a type not known here reads as a generic localised
 * sentence, never as English.
 */

/** The problem types a page explains in its own words (catalogue key `problem.{slug}`). */
const explained = [
  'busy', 'registration-closed', 'duplicate-registration', 'registration-cancelled', 'programme-item-full',
  'participant-not-confirmed', 'participant-not-listed', 'meeting-with-yourself', 'requests-closed', 'pending-request-exists',
  'too-many-pending-requests', 'too-many-searches', 'meeting-not-pending', 'meeting-changed', 'meeting-not-confirmed', 'same-slot',
  'organisers-schedule', 'no-table-free', 'not-your-meeting', 'duplicate-accreditation', 'no-press-contacts', 'already-decided',
  'not-a-press-contact', 'validation', 'recipient-erased', 'names-erased-person', 'address-undeliverable', 'email-superseded', 'not-found', 'invalid-ticket', 'invalid-ticket-code', 'unknown-ticket-code',
  'nothing-to-schedule', 'no-meeting-slots', 'another-run-publishing', 'run-not-found',
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

/** The network (status 0: no answer) or the server (5xx) failed: asking again later can work, nothing was wrong with the request. */
export function serverOrNetworkFailed(problem: Problem | undefined): boolean {
  const status = problem?.status ?? 0;
  return status === 0 || status >= 500;
}

/** What went wrong with the link itself (shared/http/link-failure.ts); undefined when something else failed. */
export function linkFailure(problem: Problem | undefined): LinkFailure | undefined {
  return linkFailureOf(problemSlug(problem) ?? '', problem?.status ?? 0);
}
