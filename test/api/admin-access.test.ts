import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { adminRoutes, concretePath, organiserKey } from '../organisers/admin-support';

const event = testEvent();
const otherEvent = testEvent();
let app: TestApp;
let otherEventKey: string;
let ownKey: string;

beforeAll(async () => {
  app = await startTestApp([event, otherEvent]);
  ownKey = await organiserKey(event.id);
  otherEventKey = await organiserKey(otherEvent.id);
});
afterAll(() => app?.stop());

const call = (method: string, path: string, authorization?: string) =>
  app.request(method, path, { headers: authorization === undefined ? {} : { authorization } });

describe('every admin route', () => {
  it('is in the route table (the walk below is not empty)', () => {
    expect(adminRoutes().map((route) => route.operationId)).toEqual(
      expect.arrayContaining(['listAdminRegistrations', 'getOrganiserSummary', 'sendOrganiserSummary', 'resendConfirmation', 'updateAdminEventSettings']),
    );
  });

  for (const route of adminRoutes()) {
    describe(`${route.method} ${route.path}`, () => {
      const path = () => concretePath(route.path, event.id);

      it('refuses a missing key with 401', async () => {
        const response = await call(route.method, path());
        expect(response.status).toBe(401);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
      });

      it('refuses a malformed or unknown key with 401', async () => {
        expect((await call(route.method, path(), 'Bearer rvo_not-a-key-of-anyone-at-all')).status).toBe(401);
        expect((await call(route.method, path(), 'Basic dXNlcjpwYXNz')).status).toBe(401);
        expect((await call(route.method, path(), `Bearer ${ownKey}x`)).status).toBe(401);
      });

      it("refuses another event's key with 403 and no data", async () => {
        const response = await call(route.method, path(), `Bearer ${otherEventKey}`);
        expect(response.status).toBe(403);
        const body = await jsonOf(response);
        expect(Object.keys(body).sort()).toEqual(expect.arrayContaining(['status', 'title', 'type']));
        expect(body).not.toHaveProperty('items');
      });

      it('lets the event\u2019s own key through the authorizer', async () => {
        const response = await call(route.method, path(), `Bearer ${ownKey}`);
        expect([401, 403]).not.toContain(response.status);
      });
    });
  }
});
