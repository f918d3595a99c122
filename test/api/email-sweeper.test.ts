import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newConfirmation, putConfirmation, unsettledSortKey, type ConfirmationRecord, type StoredEmailMessage } from '../../shared/confirmations/confirmation-record';
import { staleAfterMinutes, sweepStaleConfirmations } from '../../shared/confirmations/sweep';
import { writeTransaction } from '../../shared/storage/transactions';
import { confirmationsOf } from '../support/table-reads';
import { startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const event = testEvent({ capacity: 10 });
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
}, 120_000);
afterAll(() => app?.stop());

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** A registration email as the stream left it after giving up: `status`, last changed `at`. */
function leftBehind(email: string, status: ConfirmationRecord['status'], at: string, extra: Partial<ConfirmationRecord> = {}): ConfirmationRecord {
  const subjectId = `01SWEEP${email.replace(/\W/g, '').toUpperCase().padEnd(19, '0').slice(0, 19)}`;
  const message = {
    kind: 'registration-confirmed',
    recipient: { email, name: 'Left Behind', language: 'en' },
    eventId: event.id,
    data: { registrationId: subjectId, firstName: 'Left', lastName: 'Behind', organisation: 'Org', programmeItemIds: [] },
    link: { type: 'manage', registrationId: subjectId, tokenVersion: 0 },
  } as StoredEmailMessage;
  const record = newConfirmation(message, subjectId, at);
  return { ...record, status, updatedAt: at, gsi3sk: unsettledSortKey(at, record.confirmationId), ...extra };
}

describe('the email sweeper', () => {
  it('sends an email left retrying exactly once, even with two sweeps at the same time, and dead-letters one whose sender vanished', async () => {
    const stale = minutesAgo(staleAfterMinutes + 5);
    const retrying = leftBehind('retrying.sweep@example.org', 'retrying', stale, { attempts: 2 });
    const sending = leftBehind('vanished.sweep@example.org', 'sending', stale, { leaseExpiresAt: Math.floor(Date.now() / 1000) - 600 });
    for (const record of [retrying, sending]) expect((await writeTransaction([putConfirmation(record)])).committed).toBe(true);

    const [first, second] = await Promise.all([sweepStaleConfirmations(), sweepStaleConfirmations()]);
    expect(first.outcomes.sent + second.outcomes.sent).toBe(1);
    expect(first.abandoned + second.abandoned).toBe(1);
    expect(await app.mailTo('retrying.sweep@example.org')).toHaveLength(1);
    expect(await app.mailTo('vanished.sweep@example.org')).toHaveLength(0);

    const records = (await confirmationsOf(app, event.id)) as unknown as ConfirmationRecord[];
    const byId = (id: string) => records.find((record) => record.confirmationId === id)!;
    expect(byId(retrying.confirmationId)).toMatchObject({ status: 'sent' });
    expect(byId(retrying.confirmationId).gsi3pk).toBeUndefined();
    expect(byId(sending.confirmationId)).toMatchObject({ status: 'failed', gsi2pk: 'DEADLETTER' });

    const again = await sweepStaleConfirmations();
    expect(again.outcomes.sent + again.abandoned).toBe(0);
    expect(await app.mailTo('retrying.sweep@example.org')).toHaveLength(1);
  });
});
