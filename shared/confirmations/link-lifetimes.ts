import type { LinkSpec } from './confirmation-record';

const dayMs = 24 * 3600 * 1000;

type ExpiringLink = Extract<LinkSpec, { type: 'meeting-answer' | 'press-status' | 'directory' | 'press-decision' }>;

/**
 * The shortest life of each emailed link, counted from the moment the mailer sends it (docs/auth.md).
 * A link's own expiry follows what it is about (the request's expiry, the event's end), which for an
 * email sent after that moment (a past event, a late digest, a re-driven email) would hand the reader
 * a link dead on arrival; the floor keeps it usable for as long as a reader plausibly needs, while
 * what the link may do is still decided by the state it acts on (a request already answered or
 * expired cannot be answered, whatever the link says).
 * - Answer, status and directory links: 30 days, a month's reading of one's mail (back from leave);
 *   they only read, or act on one request as one person.
 * - Decision links: 14 days, as from their creation: they approve or reject, a press contact reviews
 *   within days, and past that the organisers decide from the console.
 */
export const minimumLinkLifetimeDays: Record<ExpiringLink['type'], number> = {
  'meeting-answer': 30,
  'press-status': 30,
  directory: 30,
  'press-decision': 14,
};

/** When a link sent at `sentAt` stops working: its own expiry, but never before its minimum lifetime from sending. */
export function sentLinkExpiry(link: { type: ExpiringLink['type']; expiresAt?: string }, sentAt: Date): string {
  const floor = sentAt.getTime() + minimumLinkLifetimeDays[link.type] * dayMs;
  return link.expiresAt !== undefined && Date.parse(link.expiresAt) > floor ? link.expiresAt : new Date(floor).toISOString();
}
