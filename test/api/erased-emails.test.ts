import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newConfirmation, putConfirmation, type ConfirmationRecord, type StoredEmailMessage } from '../../shared/confirmations/confirmation-record';
import { redriveDeadLetters } from '../../shared/confirmations/redrive';
import { emailFigures } from '../../shared/organisers/activity-figures';
import { deadLetterPartition } from '../../shared/storage/keys';
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

/** A confirmation as erasure leaves it: recipient and names blanked, `erasedAt` set. */
function erasedConfirmation(subjectId: string, extra: Partial<ConfirmationRecord> = {}): ConfirmationRecord {
  const message = {
    kind: 'registration-confirmed',
    recipient: { email: '', name: '', language: 'fr' },
    eventId: event.id,
    data: { registrationId: subjectId, firstName: '', lastName: '', organisation: '', programmeItemIds: [] },
    link: { type: 'manage', registrationId: subjectId, tokenVersion: 0 },
  } as StoredEmailMessage;
  const now = new Date().toISOString();
  return { ...newConfirmation(message, subjectId, now), erasedAt: now, ...extra };
}

describe('emails of people erased before they left', () => {
  it('are closed as erased by the mailer and by redrive, never sent, never counted as problems', async () => {
    const unsent = erasedConfirmation('01ERASEDBEFORESENDING0000A');
    const dead = erasedConfirmation('01ERASEDANDDEADLETTERED000', {
      status: 'failed',
      lastError: 'InvalidParameterValue: Missing final @ domain',
      gsi2pk: deadLetterPartition,
      gsi2sk: `${new Date().toISOString()}#x`,
    });
    for (const record of [unsent, dead]) expect((await writeTransaction([putConfirmation(record)])).committed).toBe(true);
    await app.drainStreams();

    const { requeued } = await redriveDeadLetters();
    expect(requeued).not.toContain(dead.confirmationId);
    await app.drainStreams();

    const records = (await confirmationsOf(app, event.id)) as unknown as ConfirmationRecord[];
    const statusOf = (id: string) => records.find((record) => record.confirmationId === id)?.status;
    expect([statusOf(unsent.confirmationId), statusOf(dead.confirmationId)]).toEqual(['erased', 'erased']);
    expect(records.find((record) => record.confirmationId === dead.confirmationId)?.gsi2pk).toBeUndefined();
    expect(emailFigures(records).problemCount).toBe(0);
    expect(emailFigures([{ ...dead, status: 'failed' }]).problemCount).toBe(0);
  });
});
