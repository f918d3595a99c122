import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dynamo } from '../../shared/storage/dynamo-client';
import { bearer, register } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/*
 * A waiting attendee who changes the sessions they wish for while a seat is handed to them (audit of
 * issue 3): the promotion wrote the wishes it had read before the change, so the change answered 200
 * and was lost, and the seat went to the session no longer wanted.
 */
const event = testEvent({ capacity: 1 });
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

const placesLeft = async () =>
  Object.fromEntries(
    ((await jsonOf(await app.request('GET', `/events/${event.id}`))).programme as { id: string; remainingPlaces?: number }[])
      .filter((item) => item.remainingPlaces !== undefined)
      .map((item) => [item.id, item.remainingPlaces]),
  );

describe('a waiting attendee changing their sessions while promoted', () => {
  it('keeps the change made between the promotion’s read and its write: the seat is for the sessions wished last', async () => {
    const leaving = await register(app, event.id);
    const waiting = await register(app, event.id, { programme: ['visit-cti'] });
    expect(waiting.json.status).toBe('waitlisted');
    const before = await placesLeft();

    // The handlers run in this process: the change is made just before the promotion's transaction goes out.
    const client = dynamo();
    const send = client.send.bind(client);
    let change: Response | undefined;
    const spy = vi.spyOn(client, 'send').mockImplementation((async (command: unknown, ...rest: unknown[]) => {
      if (change === undefined && command instanceof TransactWriteCommand && JSON.stringify(command.input).includes('promotedAt')) {
        change = await app.request('PATCH', `/registrations/${waiting.json.registrationId}`, { headers: bearer(waiting.json.manageToken), body: { programme: ['visit-esith'] } });
      }
      return (send as (...args: unknown[]) => unknown)(command, ...rest);
    }) as typeof client.send);
    const cancelled = await app.request('DELETE', `/registrations/${leaving.json.registrationId}`, { headers: bearer(leaving.json.manageToken) });
    spy.mockRestore();

    expect(cancelled.status).toBe(200);
    expect(change?.status).toBe(200);
    const after = await jsonOf(await app.request('GET', `/registrations/${waiting.json.registrationId}`, { headers: bearer(waiting.json.manageToken) }));
    expect(after).toMatchObject({ status: 'confirmed', programme: ['visit-esith'] });
    expect(await placesLeft()).toEqual({ ...before, 'visit-esith': before['visit-esith']! - 1 });
  });
});
