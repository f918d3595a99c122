import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../shared/api/routes/index';
import type { AuthKind, RouteDefinition } from '../../shared/http/route-definition';
import { answerTokenFor } from '../../shared/security/answer-token';
import { decisionTokenFor } from '../../shared/security/decision-token';
import { directoryTokenFor } from '../../shared/security/directory-token';
import { pressStatusTokenFor } from '../../shared/security/press-status-token';
import { feedTokenFor } from '../../shared/security/feed-token';
import { createOrganiserKey } from '../../shared/organisers/organiser-key-store';
import { organiserKey } from '../organisers/admin-support';
import { askMeeting, registerPeople } from '../support/meetings';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/**
 * The gate, over the whole route table: for every route, a valid credential of every auth kind is
 * presented for the route's own resources; only the kind the route declares gets past 401/403.
 */
const contact = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: `zineb.${Date.now().toString(36)}@startupmaroc.example`, language: 'fr' as const };
const event = testEvent({ capacity: 1000, pressContacts: [contact] });
const slots = event.meetings.slots.map((slot) => slot.id);
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
let app: TestApp;
let key: string;
let doorKey: string;

interface Fixture {
  params: Record<string, string>;
  /** One request's credential of each kind, all for the resources in `params`. */
  credentials: Record<AuthKind, { headers: Record<string, string>; query: string }>;
}

/** Two confirmed participants, a pending meeting request from one to the other, a press request. */
async function fixture(): Promise<Fixture> {
  const [requester, recipient] = await registerPeople(app, event.id, 2);
  const meeting = await jsonOf(await askMeeting(app, event.id, requester!, recipient!, [slots[0]!]));
  const accreditation = await jsonOf(
    await app.request('POST', `/events/${event.id}/press-accreditations`, {
      body: {
        firstName: 'Jane', lastName: 'Doe', email: `jane.${Date.now()}.${Math.random()}@lematin.example`, mediaOutlet: 'Le Matin', mediaType: 'print',
        country: 'MA', pressCardNumber: 'PC-2019-042', coveragePlan: 'Interviews.', days: [event.startDate], language: 'en', consent: true,
      },
    }),
  );
  const registrationId = recipient!.registrationId;
  const link = (token: string) => ({ headers: {}, query: `?token=${encodeURIComponent(token)}` });
  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, query: '' });
  return {
    params: { eventId: event.id, registrationId, meetingRequestId: meeting.meetingRequestId, accreditationId: accreditation.accreditationId },
    credentials: {
      public: { headers: {}, query: '' },
      manageToken: bearer(recipient!.manageToken),
      manageLink: link(recipient!.manageToken),
      organiserKey: bearer(key),
      decisionLink: link(await decisionTokenFor({ accreditationId: accreditation.accreditationId, contactEmail: contact.email, expiresAt: inAnHour() })),
      pressStatusLink: bearer(await pressStatusTokenFor({ accreditationId: accreditation.accreditationId, expiresAt: inAnHour() })),
      answerLink: link(await answerTokenFor({ meetingRequestId: meeting.meetingRequestId, recipientId: registrationId, expiresAt: inAnHour() })),
      directoryLink: bearer(await directoryTokenFor({ registrationId, tokenVersion: 0, expiresAt: inAnHour() })),
      feedToken: link(await feedTokenFor(registrationId, 0)),
      checkInKey: bearer(doorKey),
    },
  };
}

const concretePath = (route: RouteDefinition, params: Record<string, string>) =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '01ARZ3NDEKTSV4RRFFQ69G5FAV');

/** The request with a credential; a body that no route accepts, so an admitted call stops at validation when it can. */
function call(route: RouteDefinition, fixture: Fixture, kind: AuthKind) {
  const { headers, query } = fixture.credentials[kind];
  const form = route.request.bodyContentTypes?.[0] === 'application/x-www-form-urlencoded';
  return app.request(route.method, concretePath(route, fixture.params) + query, {
    headers: { ...headers, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    ...(route.request.body === undefined ? {} : form ? { rawBody: 'action=none' } : { rawBody: '[]', headers: { ...headers, 'content-type': 'application/json' } }),
  });
}

/**
 * Who may call what, written down independently of the route modules (docs/auth.md): a declaration
 * changed by mistake (or a route added without review) fails here instead of silently changing who
 * gets in. The gate itself is driven by each route's `auth`, so the walk below tests both.
 */
const reviewedAuth: Record<string, AuthKind> = {
  getHealth: 'public',
  getReadiness: 'public',
  getOpenApiDocument: 'public',
  getEvent: 'public',
  createRegistration: 'public',
  createPressAccreditation: 'public',
  requestManageLink: 'public',
  getRegistration: 'manageToken',
  updateRegistration: 'manageToken',
  cancelRegistration: 'manageToken',
  listParticipants: 'directoryLink',
  getRecommendations: 'directoryLink',
  createMeetingRequest: 'directoryLink',
  getMeetingRequest: 'manageToken',
  acceptMeetingRequest: 'manageToken',
  declineMeetingRequest: 'manageToken',
  cancelMeetingRequest: 'manageToken',
  rescheduleMeetingRequest: 'manageToken',
  getAgenda: 'manageToken',
  getFreeMeetingSlots: 'directoryLink',
  listMyMeetingRequests: 'manageToken',
  revokeAgendaFeed: 'manageToken',
  getManagePage: 'manageLink',
  getPressStatus: 'pressStatusLink',
  getPressDecisionPage: 'decisionLink',
  getPressReview: 'decisionLink',
  decidePressReview: 'decisionLink',
  getMeetingAnswerPage: 'answerLink',
  getMeetingInvitation: 'answerLink',
  answerMeetingInvitation: 'answerLink',
  getAgendaFeed: 'feedToken',
  createOrganiserSession: 'organiserKey',
  deleteOrganiserSession: 'organiserKey',
  getAdminEvent: 'organiserKey',
  putAdminEvent: 'organiserKey',
  updateAdminEventSettings: 'organiserKey',
  listAdminRegistrations: 'organiserKey',
  getAdminRegistration: 'organiserKey',
  cancelAdminRegistration: 'organiserKey',
  listAdminMeetings: 'organiserKey',
  listAdminPressAccreditations: 'organiserKey',
  decideAdminPressAccreditation: 'organiserKey',
  listAdminConfirmations: 'organiserKey',
  listAdminExports: 'organiserKey',
  resendConfirmation: 'organiserKey',
  redriveAdminConfirmations: 'organiserKey',
  getOrganiserSummary: 'organiserKey',
  getOrganiserDashboard: 'organiserKey',
  sendOrganiserSummary: 'organiserKey',
  sendRecommendationDigests: 'organiserKey',
  createScheduleRun: 'organiserKey',
  getScheduleRun: 'organiserKey',
  publishScheduleRun: 'organiserKey',
  checkIn: 'checkInKey',
  searchCheckIns: 'checkInKey',
  getBadges: 'organiserKey',
};

const kinds: AuthKind[] = ['public', 'manageToken', 'manageLink', 'organiserKey', 'decisionLink', 'pressStatusLink', 'answerLink', 'directoryLink', 'feedToken', 'checkInKey'];

/**
 * Kinds whose routes also admit another kind's credential: check-in takes organiser keys as well as
 * door-staff keys; the directory routes take the manage token as well as a digest's directory token.
 */
const alsoAdmitted: Partial<Record<AuthKind, AuthKind[]>> = { checkInKey: ['organiserKey'], directoryLink: ['manageToken'] };
let shared: Fixture;

beforeAll(async () => {
  app = await startTestApp([event]);
  key = await organiserKey(event.id);
  doorKey = (await createOrganiserKey({ eventId: event.id, label: 'door', role: 'door-staff' })).key;
  shared = await fixture();
}, 60_000);
afterAll(() => app?.stop());

describe('the gate, over every route of the route table', () => {
  it('covers every declared kind, and the reviewed table names exactly the routes of the table', () => {
    expect(new Set(routes.map((route) => route.auth))).toEqual(new Set(kinds));
    expect(Object.keys(reviewedAuth).sort()).toEqual(routes.map((route) => route.operationId).sort());
  });

  for (const route of routes) {
    const expected = reviewedAuth[route.operationId] ?? 'public';
    describe(`${route.method} ${route.path} (${expected})`, () => {
      it(`declares ${expected}`, () => expect(route.auth).toBe(expected));

      it(`admits a ${expected} credential`, async () => {
        // A fresh fixture: the admitted call may act (cancel, send), which must not disturb the others.
        const response = await call(route, await fixture(), expected);
        expect([401, 403], `${response.status} ${await response.text()}`).not.toContain(response.status);
      });

      if (expected === 'public') return;
      for (const other of alsoAdmitted[expected] ?? []) {
        it(`also admits a ${other} credential`, async () => {
          const response = await call(route, await fixture(), other);
          expect([401, 403], `${response.status} ${await response.text()}`).not.toContain(response.status);
        });
      }
      for (const other of kinds.filter((kind) => kind !== expected && !(alsoAdmitted[expected] ?? []).includes(kind))) {
        it(`refuses a ${other} credential with 401 or 403`, async () => {
          const response = await call(route, shared, other);
          expect([401, 403], `${response.status} ${await response.text()}`).toContain(response.status);
        });
      }
    });
  }
});

/**
 * A console session (shared/organisers/organiser-session.ts) is the organiser's credential too: the
 * same gate admits it wherever the organiser key is admitted (the door's check-in route included: an
 * organiser signed in to the console may scan), except to open another session.
 */
describe('an organiser console session, over every route of the route table', () => {
  const openingOnlyWithTheKey = new Set(['createOrganiserSession']);
  let session: { headers: Record<string, string>; query: string };

  beforeAll(async () => {
    const opened = await jsonOf(await app.request('POST', `/admin/events/${event.id}/sessions`, { headers: { authorization: `Bearer ${key}` } }));
    session = { headers: { authorization: `Bearer ${opened.token}` }, query: '' };
  });

  for (const route of routes.filter((candidate) => reviewedAuth[candidate.operationId] !== 'public')) {
    const organiserRoute = reviewedAuth[route.operationId] === 'organiserKey' || reviewedAuth[route.operationId] === 'checkInKey';
    const admitted = organiserRoute && !openingOnlyWithTheKey.has(route.operationId);
    it(`${admitted ? 'admits' : 'refuses'} it on ${route.method} ${route.path}`, async () => {
      // A fresh fixture when admitted, as above: the admitted call may act.
      const base = admitted ? await fixture() : shared;
      const response = await call(route, { ...base, credentials: { ...base.credentials, organiserKey: session } }, 'organiserKey');
      const refused = [401, 403].includes(response.status);
      expect(refused, `${response.status} ${await response.text()}`).toBe(!admitted);
    });
  }
});

describe('the Authorization header', () => {
  // RFC 9110 §11.1: the scheme is case-insensitive; a client library sending "bearer" got 401 (outside probe).
  it('takes the scheme in any case, for a manage token (the gate) and an organiser key (the authorizer)', async () => {
    const manageToken = shared.credentials.manageToken.headers.authorization!.split(' ')[1]!;
    const organiserKey = shared.credentials.organiserKey.headers.authorization!.split(' ')[1]!;
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      expect((await app.request('GET', `/registrations/${shared.params.registrationId}`, { headers: { authorization: `${scheme} ${manageToken}` } })).status, scheme).toBe(200);
      expect((await app.request('GET', `/admin/events/${event.id}`, { headers: { authorization: `${scheme} ${organiserKey}` } })).status, scheme).toBe(200);
    }
    for (const other of [`Basic ${manageToken}`, `Bearer${manageToken}`, manageToken]) {
      expect((await app.request('GET', `/registrations/${shared.params.registrationId}`, { headers: { authorization: other } })).status, other).toBe(401);
    }
  });
});

describe('scoped links', () => {
  it('refuses an answer token used as a Bearer token on GET /registrations/{id}', async () => {
    const token = new URLSearchParams(shared.credentials.answerLink.query).get('token')!;
    const response = await app.request('GET', `/registrations/${shared.params.registrationId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(403);
    expect((await app.request('GET', `/registrations/${shared.params.registrationId}`, shared.credentials.manageToken)).status).toBe(200);
  });

  it('opens the directory with a digest link, never the registration; a revoked or foreign one is refused', async () => {
    const own = await fixture();
    const { registrationId } = own.params;
    const headers = own.credentials.directoryLink.headers;
    expect((await app.request('GET', `/events/${event.id}/participants`, { headers })).status).toBe(200);
    expect((await app.request('GET', `/registrations/${registrationId}/recommendations`, { headers })).status).toBe(200);
    expect((await app.request('GET', `/registrations/${registrationId}`, { headers })).status).toBe(403);
    expect((await app.request('PATCH', `/registrations/${registrationId}`, { headers, body: { directoryOptIn: false } })).status).toBe(403);
    expect((await app.request('DELETE', `/registrations/${registrationId}?erase=true`, { headers })).status).toBe(403);
    expect((await app.request('GET', `/registrations/${registrationId}/agenda`, { headers })).status).toBe(403);
    expect((await app.request('GET', `/registrations/${shared.params.registrationId}/recommendations`, { headers })).status).toBe(403);
    const oldVersion = await directoryTokenFor({ registrationId: registrationId!, tokenVersion: 1, expiresAt: inAnHour() });
    expect((await app.request('GET', `/events/${event.id}/participants`, { headers: { authorization: `Bearer ${oldVersion}` } })).status).toBe(401);
    const expired = await directoryTokenFor({ registrationId: registrationId!, tokenVersion: 0, expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect((await app.request('GET', `/events/${event.id}/participants`, { headers: { authorization: `Bearer ${expired}` } })).status).toBe(401);
  });

  it('answers an old answer link (manage token inside) with a clear page, not a 500', async () => {
    const response = await app.request('GET', `/meeting-requests/${shared.params.meetingRequestId}/answer${shared.credentials.manageLink.query}`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('comes from an older email');
  });

  it('refuses an expired answer link and one for another request', async () => {
    const { meetingRequestId, registrationId } = shared.params;
    const expired = await answerTokenFor({ meetingRequestId: meetingRequestId!, recipientId: registrationId!, expiresAt: new Date(Date.now() - 1000).toISOString() });
    const page = await app.request('GET', `/meeting-requests/${meetingRequestId}/answer?token=${expired}`);
    expect(page.status).toBe(401);
    expect(await page.text()).toContain('expired');
    const other = await fixture();
    const foreign = await answerTokenFor({ meetingRequestId: other.params.meetingRequestId!, recipientId: other.params.registrationId!, expiresAt: inAnHour() });
    expect((await app.request('GET', `/meeting-requests/${meetingRequestId}/answer?token=${foreign}`)).status).toBe(403);
  });
});

describe('the JSON routes behind emailed links', () => {
  const tokenOf = (credential: { query: string }) => new URLSearchParams(credential.query).get('token')!;

  it('reads and answers one meeting request with its answer token, and nothing else', async () => {
    const own = await fixture();
    const headers = { authorization: `Bearer ${tokenOf(own.credentials.answerLink)}` };
    const path = `/meeting-requests/${own.params.meetingRequestId}/invitation`;
    const invitation = await jsonOf(await app.request('GET', path, { headers }));
    expect(invitation).toMatchObject({ status: 'pending', message: expect.stringContaining('logistics'), proposedSlots: [{ slotId: slots[0] }] });
    expect(invitation.requester).toMatchObject({ organisation: 'Maroc Numeric Cluster' });
    expect(JSON.stringify(invitation)).not.toMatch(/@example\.org|\+212/);
    const answered = await app.request('POST', path, { headers, body: { action: 'decline', reason: 'Not this time' } });
    expect(answered.status).toBe(200);
    expect(await jsonOf(answered)).toMatchObject({ status: 'declined' });
    expect((await app.request('POST', path, { headers, body: { action: 'accept-later' } })).status).toBe(409);
    expect((await app.request('DELETE', `/registrations/${own.params.registrationId}`, { headers })).status).toBe(403);
  });

  it('reads an accreditation request in full and decides it once with a decision token', async () => {
    const own = await fixture();
    const headers = { authorization: `Bearer ${tokenOf(own.credentials.decisionLink)}` };
    const path = `/press-accreditations/${own.params.accreditationId}/review`;
    const review = await jsonOf(await app.request('GET', path, { headers }));
    expect(review).toMatchObject({ status: 'pending', request: { mediaOutlet: 'Le Matin', coveragePlan: 'Interviews.', days: [event.startDate] } });
    const first = await app.request('POST', path, { headers, body: { decision: 'approve' } });
    expect(first.status).toBe(200);
    const second = await app.request('POST', path, { headers, body: { decision: 'reject' } });
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toContain('application/problem+json');
    expect(await jsonOf(await app.request('GET', path, { headers }))).toMatchObject({ status: 'approved', decision: { decision: 'approved', decidedBy: contact.name } });
  });

  it("shows the journalist their request and its decision with the status token, nothing of the press contacts", async () => {
    const own = await fixture();
    const path = `/press-accreditations/${own.params.accreditationId}`;
    const headers = own.credentials.pressStatusLink.headers;
    expect(await jsonOf(await app.request('GET', path, { headers }))).toMatchObject({ status: 'pending', request: { mediaOutlet: 'Le Matin', pressCardNumber: 'PC-2019-042' } });
    const decisionHeaders = { authorization: `Bearer ${tokenOf(own.credentials.decisionLink)}` };
    await app.request('POST', `${path}/review`, { headers: decisionHeaders, body: { decision: 'reject', reason: 'Quota reached <b>' } });
    const status = await jsonOf(await app.request('GET', path, { headers }));
    expect(status).toMatchObject({ status: 'rejected', decision: { decision: 'rejected', reason: 'Quota reached <b>', decidedAt: expect.any(String) } });
    expect(JSON.stringify(status)).not.toContain(contact.name);
    expect(JSON.stringify(status)).not.toContain(contact.email);
    expect(status).not.toHaveProperty('consent');
    // The status token reads; it never decides.
    expect((await app.request('POST', `${path}/review`, { headers, body: { decision: 'approve' } })).status).toBe(401);
  });

  it('refuses an expired status token and one of another request; an unknown request is 404', async () => {
    const { accreditationId } = shared.params;
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    const expired = await pressStatusTokenFor({ accreditationId: accreditationId!, expiresAt: new Date(Date.now() - 1000).toISOString() });
    const refused = await app.request('GET', `/press-accreditations/${accreditationId}`, bearer(expired));
    expect(refused.status).toBe(401);
    expect(JSON.stringify(await jsonOf(refused))).toContain('expired');
    const other = await fixture();
    const foreign = await pressStatusTokenFor({ accreditationId: other.params.accreditationId!, expiresAt: inAnHour() });
    expect((await app.request('GET', `/press-accreditations/${accreditationId}`, bearer(foreign))).status).toBe(403);
    const unknownId = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
    const unknown = await pressStatusTokenFor({ accreditationId: unknownId, expiresAt: inAnHour() });
    expect((await app.request('GET', `/press-accreditations/${unknownId}`, bearer(unknown))).status).toBe(404);
  });
});
