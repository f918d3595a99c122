import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dynamo } from '../../shared/storage/dynamo-client';
import { bearer, register, registerRetryingBusy, registrationBody } from '../support/registrations';
import { confirmationsOf, getItem, registrationsOf } from '../support/table-reads';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

let app: TestApp;
const small = testEvent({ capacity: 2 });
/**
 * A crowd of concurrent registrations for a quarter of their number in seats: every write is one
 * transaction on the event's counters, so 120 at once contend as 200 did. In the whole suite, on a loaded
 * machine, DynamoDB Local's lock waits grow with the crowd: 200 took 150 s of this test's 180 s (alone: 9 s).
 */
const crowd = 120;
const seats = crowd / 4;
const crowded = testEvent({ capacity: seats });
const faulty = testEvent({ capacity: 1 });

beforeAll(async () => {
  app = await startTestApp([small, crowded, faulty]);
});
afterAll(() => app.stop());

describe('the waiting list', () => {
  it('emails waitlisted people their position, promotes the first one on a cancellation, and lets the leaver come back', async () => {
    const first = await register(app, small.id, { programme: ['visit-mascir'] });
    await register(app, small.id);
    const waiting1 = await register(app, small.id, { language: 'en', programme: ['visit-mascir'] });
    const waiting2 = await register(app, small.id, { language: 'ar' });
    expect([first.json.status, waiting1.json.status, waiting2.json.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    expect([waiting1.json.waitlistPosition, waiting2.json.waitlistPosition]).toEqual([1, 2]);
    await app.drainStreams();
    const [waitlistedMail] = await app.mailTo(waiting1.body.email as string);
    expect(waitlistedMail!.subject).toMatch(/waiting list/i);
    expect(waitlistedMail!.body.text).toMatch(/\b1\b/);
    expect(waitlistedMail!.attachments).toHaveLength(0);

    const cancelled = await app.request('DELETE', `/registrations/${first.json.registrationId}`, { headers: bearer(first.json.manageToken) });
    expect(cancelled.status).toBe(200);
    expect(await jsonOf(cancelled)).toEqual({ registrationId: first.json.registrationId, status: 'cancelled', erased: false });

    const promoted = await jsonOf(await app.request('GET', `/registrations/${waiting1.json.registrationId}`, { headers: bearer(waiting1.json.manageToken) }));
    expect(promoted).toMatchObject({ status: 'confirmed', programme: ['visit-mascir'] });
    const stillWaiting = await jsonOf(await app.request('GET', `/registrations/${waiting2.json.registrationId}`, { headers: bearer(waiting2.json.manageToken) }));
    expect(stillWaiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    await app.drainStreams();
    const promotedMails = await app.mailTo(waiting1.body.email as string);
    expect(promotedMails.map((mail) => mail.subject)).toEqual([expect.stringMatching(/waiting list/i), expect.stringMatching(/confirmed/i)]);
    expect(promotedMails[1]!.attachments.some((attachment) => attachment.filename.endsWith('.ics'))).toBe(true);
    expect((await app.mailTo(first.body.email as string)).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/confirmée/),
      expect.stringMatching(/annulée/),
    ]);

    const again = await register(app, small.id, { email: first.body.email });
    expect(again.response.status).toBe(201);
    expect(again.json).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

    const repeated = await app.request('DELETE', `/registrations/${first.json.registrationId}`, { headers: bearer(first.json.manageToken) });
    expect(repeated.status).toBe(200);
  });

  it('erases a person’s data on request and keeps the anonymous facts', async () => {
    const { json, body } = await register(app, small.id, { phone: '+212600000000', jobTitle: 'Manager' });
    await app.drainStreams();
    const erased = await app.request('DELETE', `/registrations/${json.registrationId}?erase=true`, { headers: bearer(json.manageToken) });
    expect(erased.status).toBe(200);
    expect((await jsonOf(erased)).erased).toBe(true);
    expect((await app.request('GET', `/registrations/${json.registrationId}`, { headers: bearer(json.manageToken) })).status).toBe(404);
    const stored = await getItem(app.tableNames.registrations, { pk: `REGISTRATION#${json.registrationId}`, sk: 'REGISTRATION' });
    expect(stored).toMatchObject({ status: 'cancelled', country: 'MA', sectors: ['ict'], firstName: '', email: '', erasedAt: expect.any(String) });
    expect(JSON.stringify(stored)).not.toContain(body.email as string);
    expect(JSON.stringify(stored)).not.toContain('+212600000000');
    const emails = (await confirmationsOf(app, small.id)).filter((record) => record.subjectId === json.registrationId);
    expect(emails.length).toBeGreaterThan(0);
    for (const email of emails) expect(JSON.stringify(email)).not.toContain(body.email as string);
  });
});

describe('a registration whose write fails', () => {
  it('leaves no gap in the waiting list: the failed attempt’s ticket is recorded as left (asked again when that fails too), the retry is position 1', async () => {
    expect((await register(app, faulty.id)).json.status).toBe('confirmed');
    // DynamoDB Local's lock time-out, as the SDK raises it once its own retries are spent (the handlers run in this process).
    const timedOut = () => Promise.reject(Object.assign(new Error('This action timed out because it too long waiting for a lock.'), { name: 'InternalServerError', $metadata: { httpStatusCode: 500 }, $fault: 'server' }));
    const client = dynamo();
    const send = client.send.bind(client);
    let voidsRefused = 0;
    const failing = vi.spyOn(client, 'send').mockImplementation(((command: unknown, ...rest: unknown[]) => {
      if (command instanceof TransactWriteCommand) return timedOut();
      // The burst goes on: the first two records of the ticket as left fail as well.
      const isVoid = command instanceof UpdateCommand && String(command.input.UpdateExpression).includes('waitlistLeftCount');
      if (isVoid && voidsRefused < 2) {
        voidsRefused += 1;
        return timedOut();
      }
      return (send as (...args: unknown[]) => unknown)(command, ...rest);
    }) as typeof client.send);
    const body = registrationBody();
    const headers = { 'idempotency-key': `faulty-${body.email as string}` };
    const refused = await app.request('POST', `/events/${faulty.id}/registrations`, { body, headers });
    failing.mockRestore();
    expect(refused.status).toBe(503);
    expect(voidsRefused).toBe(2);
    const retried = await app.request('POST', `/events/${faulty.id}/registrations`, { body, headers });
    expect(retried.status).toBe(201);
    expect(await jsonOf(retried)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await getItem(app.tableNames.registrations, { pk: `EVENT#${faulty.id}`, sk: 'COUNTERS' })).toMatchObject({ waitlistedCount: 1, waitlistTicketCount: 2, waitlistLeftCount: 1 });
  });
});

describe('under concurrency', () => {
  it('confirms exactly the capacity and numbers the waiting list 1..n without gaps', async () => {
    // A 503 (DynamoDB Local's lock time-out) is asked again with its Idempotency-Key: the retries must add
    // no seat, no place in the waiting list and no email (one confirmation per person below).
    let retries = 0;
    const responses = await Promise.all(
      Array.from({ length: crowd }, (_, index) => registerRetryingBusy(app, crowded.id, registrationBody({ firstName: `P${index}` }), () => (retries += 1))),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.every((status) => status === 201)).toBe(true);
    const bodies = await Promise.all(responses.map(jsonOf));
    expect(bodies.filter((created) => created.status === 'confirmed')).toHaveLength(seats);
    const waiting = bodies.filter((created) => created.status === 'waitlisted');
    const oneToN = Array.from({ length: crowd - seats }, (_, index) => index + 1);
    // The 201's position is the ticket less those that left; a write that failed slowly (a 503) had its
    // ticket counted by those issued meanwhile, so the 201s are exact only without retries
    // (docs/registrations.md). What a waiting person reads later, GET, recomputes it from the list.
    if (retries === 0) expect(waiting.map((created) => created.waitlistPosition as number).sort((a, b) => a - b)).toEqual(oneToN);
    const read = await Promise.all(waiting.map(async (created) => jsonOf(await app.request('GET', `/registrations/${created.registrationId}`, { headers: bearer(created.manageToken as string) }))));
    expect(read.map((registration) => registration.waitlistPosition as number).sort((a, b) => a - b)).toEqual(oneToN);

    const stored = await registrationsOf(app, crowded.id);
    expect(stored.filter((record) => record.status === 'confirmed')).toHaveLength(seats);
    expect(stored.filter((record) => record.status === 'waitlisted')).toHaveLength(crowd - seats);
    expect(await confirmationsOf(app, crowded.id)).toHaveLength(crowd);
    const counters = await getItem(app.tableNames.registrations, { pk: `EVENT#${crowded.id}`, sk: 'COUNTERS' });
    expect(counters).toMatchObject({ confirmedCount: seats, waitlistedCount: crowd - seats });
    // A retried write's ticket was issued and recorded as left: the tickets still waiting are the waiting people.
    // When the database failed writes (the retries), it may have failed a ticket's void as well (the product
    // asks again, then gives up): a ticket then stays counted, never one too few (docs/registrations.md).
    const ticketsWaiting = Number(counters?.waitlistTicketCount) - Number(counters?.waitlistLeftCount ?? 0);
    if (retries === 0) expect(ticketsWaiting).toBe(crowd - seats);
    else expect(ticketsWaiting).toBeGreaterThanOrEqual(crowd - seats);
    // Concurrent transactions while the mailer and recommendations stream workers run in the same process.
    // Correctness, not speed, is tested here.
  }, 180_000);
});
