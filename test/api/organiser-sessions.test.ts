import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organiserCaller } from '../../shared/organisers/authorizer-policy';
import { openOrganiserSession, revokeOrganiserSession } from '../../shared/organisers/organiser-session-store';
import { organiserKey } from '../organisers/admin-support';
import { jsonOf, type TestApp } from '../support/test-app';
import { startOrganiserApp } from '../support/organiser-app';
import { testEvent } from '../support/test-event';
import { getItem } from '../support/table-reads';

const event = testEvent();
const otherEvent = testEvent();
let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event, otherEvent]));
});
afterAll(() => app?.stop());

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const signIn = async (credential = key) => app.request('POST', `/admin/events/${event.id}/sessions`, bearer(credential));
const adminEvent = (token: string, eventId = event.id) => app.request('GET', `/admin/events/${eventId}`, bearer(token));

describe('console sessions (organiser key exchanged at sign-in)', () => {
  it('opens a session with the key: a token that works on the admin routes until its expiry, eight hours away', async () => {
    const response = await signIn();
    expect(response.status).toBe(201);
    const session = await jsonOf(response);
    expect(session.token).toMatch(/^rvs_[\w-]{22}\.[\w-]{43}$/);
    expect(session.token).toContain(session.sessionId);
    const hours = (Date.parse(session.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    expect((await adminEvent(session.token)).status).toBe(200);
  });

  it('stores only a hash of the secret, never the token', async () => {
    const session = await jsonOf(await signIn());
    const item = await getItem(app.tableNames.registrations, { pk: `ORGANISER-SESSION#${session.sessionId}`, sk: 'ORGANISER-SESSION' });
    expect(JSON.stringify(item)).not.toContain(session.token.split('.')[1]);
    expect(item).toMatchObject({ eventId: event.id, secretHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('does not let a session open another session (only the key does)', async () => {
    const session = await jsonOf(await signIn());
    expect((await signIn(session.token)).status).toBe(403);
  });

  it('refuses a session on another event (403) and a tampered secret (401)', async () => {
    const session = await jsonOf(await signIn());
    expect((await adminEvent(session.token, otherEvent.id)).status).toBe(403);
    const tampered = session.token.slice(0, -1) + (session.token.endsWith('A') ? 'B' : 'A');
    expect((await adminEvent(tampered)).status).toBe(401);
  });

  it('signs out at once: the revoked token is refused on the next request', async () => {
    const session = await jsonOf(await signIn());
    expect((await adminEvent(session.token)).status).toBe(200);
    expect((await app.request('DELETE', `/admin/events/${event.id}/sessions/${session.sessionId}`, bearer(session.token))).status).toBe(204);
    const after = await adminEvent(session.token);
    expect(after.status).toBe(401);
    expect(after.headers.get('content-type')).toContain('application/problem+json');
    // Idempotent with the key (a lost laptop's session closed from elsewhere), 404 for an unknown id.
    expect((await app.request('DELETE', `/admin/events/${event.id}/sessions/${session.sessionId}`, bearer(key))).status).toBe(204);
    expect((await app.request('DELETE', `/admin/events/${event.id}/sessions/AAAAAAAAAAAAAAAAAAAAAA`, bearer(key))).status).toBe(404);
  });

  it("cannot revoke another event's session", async () => {
    const otherKey = await organiserKey(otherEvent.id);
    const other = await jsonOf(await app.request('POST', `/admin/events/${otherEvent.id}/sessions`, bearer(otherKey)));
    expect((await app.request('DELETE', `/admin/events/${event.id}/sessions/${other.sessionId}`, bearer(key))).status).toBe(404);
    expect((await adminEvent(other.token, otherEvent.id)).status).toBe(200);
  });

  it('refuses an expired session with 401', async () => {
    const nineHoursAgo = new Date(Date.now() - 9 * 3_600_000);
    const { token } = await openOrganiserSession({ eventId: event.id, keyId: 'test', now: nineHoursAgo });
    expect((await adminEvent(token)).status).toBe(401);
  });

  it('is checked again by the gate: an authorizer answer cached before the sign-out does not let the session in', async () => {
    const { token, record } = await openOrganiserSession({ eventId: event.id, keyId: 'test' });
    // What API Gateway hands the function from its authorizer cache (up to 300 s old).
    const cached = { bearer: token, queryToken: undefined, params: { eventId: event.id }, authorizer: { eventId: event.id, keyId: 'test', sessionId: record.sessionId } };
    await expect(organiserCaller(cached)).resolves.toMatchObject({ organiser: { sessionId: record.sessionId } });
    await revokeOrganiserSession(event.id, record.sessionId);
    await expect(organiserCaller(cached)).rejects.toMatchObject({ kind: 'unauthorized', code: 'session-ended' });
  });
});
