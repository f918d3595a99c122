import { describe, expect, it } from 'vitest';
import { minimumLinkLifetimeDays, sentLinkExpiry } from '../../shared/confirmations/link-lifetimes';

const sentAt = new Date('2026-12-06T10:00:00.000Z');
const days = (count: number) => new Date(sentAt.getTime() + count * 24 * 3_600_000).toISOString();

describe('the expiry of a link signed when sending', () => {
  it('is the link’s own expiry when that is later than its minimum lifetime, to the letter', () => {
    expect(sentLinkExpiry({ type: 'meeting-answer', expiresAt: '2027-03-01T00:00:00+01:00' }, sentAt)).toBe('2027-03-01T00:00:00+01:00');
    expect(sentLinkExpiry({ type: 'press-decision', expiresAt: days(15) }, sentAt)).toBe(days(15));
  });

  it('is its minimum lifetime from sending when its own expiry is sooner, already past, or absent (emails queued before links carried one)', () => {
    expect(sentLinkExpiry({ type: 'press-status', expiresAt: '2019-04-13T00:00:00.000Z' }, sentAt)).toBe(days(30));
    expect(sentLinkExpiry({ type: 'directory', expiresAt: days(29) }, sentAt)).toBe(days(30));
    expect(sentLinkExpiry({ type: 'press-decision', expiresAt: days(1) }, sentAt)).toBe(days(14));
    expect(sentLinkExpiry({ type: 'meeting-answer' }, sentAt)).toBe(days(minimumLinkLifetimeDays['meeting-answer']));
  });
});
