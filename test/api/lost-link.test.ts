import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

let app: TestApp;
const event = testEvent();
const smallEvent = testEvent({ capacity: 1 });

beforeAll(async () => {
  app = await startTestApp([event, smallEvent]);
});
afterAll(() => app.stop());

const askForLink = (email: string, eventId = event.id) => app.request('POST', `/events/${eventId}/manage-link-requests`, { body: { email } });

/** The manage link of an email: registration id and token, as the web page reads them. */
function manageLinkIn(text: string): { registrationId: string; token: string } {
  const match = /\/registrations\/([0-9A-Z]{26})\?event=[a-z0-9-]+#token=([\w.-]+)/.exec(text);
  expect(match).not.toBeNull();
  return { registrationId: match![1]!, token: match![2]! };
}

describe('a lost link, emailed again', () => {
  it('sends the registration email again with a working manage link, found by the address as registration compares it (domain in any case, spaces around)', async () => {
    const { json, body } = await register(app, event.id, { language: 'en' });
    const [local, domain] = (body.email as string).split('@');
    const response = await askForLink(`  ${local}@${domain!.toUpperCase()} `);
    expect(response.status).toBe(202);
    expect(await jsonOf(response)).toEqual({ status: 'accepted' });
    await app.drainStreams();
    const mails = await app.mailTo(body.email as string);
    expect(mails).toHaveLength(2);
    const link = manageLinkIn(mails[1]!.body.text!);
    expect(link.registrationId).toBe(json.registrationId);
    expect(mails[1]!.subject).toMatch(/Registration confirmed/);
    const registration = await app.request('GET', `/registrations/${link.registrationId}`, { headers: bearer(link.token) });
    expect(registration.status).toBe(200);
  });

  it('answers the same for an address nobody registered with, and sends nothing', async () => {
    const address = 'nobody.here@example.org';
    const response = await askForLink(address);
    expect(response.status).toBe(202);
    expect(await jsonOf(response)).toEqual({ status: 'accepted' });
    await app.drainStreams();
    expect(await app.mailTo(address)).toHaveLength(0);
  });

  it('sends one email for many concurrent requests, and none for a request within ten minutes of it', async () => {
    const { body } = await register(app, event.id);
    const responses = await Promise.all(Array.from({ length: 8 }, () => askForLink(body.email as string)));
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(202));
    expect((await askForLink(body.email as string)).status).toBe(202);
    await app.drainStreams();
    expect(await app.mailTo(body.email as string)).toHaveLength(2); // the registration's own, and one copy
  });

  it('tells a waitlisted attendee their place now, and sends nothing for a cancelled registration', async () => {
    const first = await register(app, smallEvent.id);
    const waiting = await register(app, smallEvent.id, { language: 'en' });
    expect(waiting.json.status).toBe('waitlisted');
    await app.request('DELETE', `/registrations/${first.json.registrationId}`, { headers: bearer(first.json.manageToken) });
    const third = await register(app, smallEvent.id);
    await app.request('DELETE', `/registrations/${third.json.registrationId}`, { headers: bearer(third.json.manageToken) });
    await app.drainStreams();
    const before = (await app.mailTo(third.body.email as string)).length;
    expect((await askForLink(third.body.email as string, smallEvent.id)).status).toBe(202);
    expect((await askForLink(waiting.body.email as string, smallEvent.id)).status).toBe(202);
    await app.drainStreams();
    expect(await app.mailTo(third.body.email as string)).toHaveLength(before);
    const resent = (await app.mailTo(waiting.body.email as string)).at(-1)!;
    expect(resent.subject).toMatch(/Registration confirmed|confirmed/i); // promoted by the first one's cancellation
  });

  it('names every bad field at once and knows no other event', async () => {
    const response = await app.request('POST', `/events/${event.id}/manage-link-requests`, { body: { email: 'not an address', extra: 1 } });
    expect(response.status).toBe(400);
    const problem = await jsonOf(response);
    expect(problem.errors.map((error: { path: string }) => error.path)).toContain('email');
    expect(problem.errors).toContainEqual({ path: 'extra', message: 'is not a known field' });
    expect((await askForLink('someone@example.org', 'no-such-event')).status).toBe(404);
  });
});
