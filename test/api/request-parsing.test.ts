import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationBody } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { registrationsOf } from '../support/table-reads';

const event = testEvent();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((error) => error.path).sort();

describe('what a request body must be', () => {
  it('an unknown event is a 404 whatever the body, not a list of field errors', async () => {
    for (const path of ['/events/no-such-event/registrations', '/events/no-such-event/press-accreditations']) {
      const response = await app.request('POST', path, { body: {} });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('names every invalid field in one answer, the ones the event refuses included', async () => {
    const response = await app.request('POST', `/events/${event.id}/registrations`, {
      body: registrationBody({ firstName: '', email: 'not-an-email', sectors: ['ict', 'no-such-sector'], clusterId: 'no-such-cluster', programme: ['no-such-item'] }),
    });
    expect(response.status).toBe(400);
    expect(paths(await jsonOf(response))).toEqual(['clusterId', 'email', 'firstName', 'programme.0', 'sectors.1']);
    expect(await registrationsOf(app, event.id)).toHaveLength(0);
  });

  it('refuses a lone UTF-16 surrogate in a JSON string with a 400', async () => {
    const raw = JSON.stringify(registrationBody({ firstName: 'PLACEHOLDER' })).replace('PLACEHOLDER', 'Amina\\ud800');
    const response = await app.request('POST', `/events/${event.id}/registrations`, { rawBody: raw, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(await jsonOf(response)).toMatchObject({ status: 400, type: expect.stringContaining('malformed-json') });
    expect(await registrationsOf(app, event.id)).toHaveLength(0);
  });

  it('answers a deeply nested JSON body with a 400, not a stack overflow (found by the fuzz suite)', async () => {
    const deep = '['.repeat(5_000) + ']'.repeat(5_000);
    const response = await app.request('POST', `/events/${event.id}/registrations`, { rawBody: deep, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a body in another charset than UTF-8 with a 415, and accepts an explicit utf-8', async () => {
    const raw = JSON.stringify(registrationBody());
    const latin1 = await app.request('POST', `/events/${event.id}/registrations`, { rawBody: raw, headers: { 'content-type': 'application/json; charset=latin1' } });
    expect(latin1.status).toBe(415);
    expect(latin1.headers.get('content-type')).toContain('application/problem+json');
    expect(await registrationsOf(app, event.id)).toHaveLength(0);
    const utf8 = await app.request('POST', `/events/${event.id}/registrations`, { rawBody: raw, headers: { 'content-type': 'application/json; charset=UTF-8' } });
    expect(utf8.status).toBe(201);
  });
});
