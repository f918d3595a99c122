import { afterAll, beforeAll, expect, it } from 'vitest';
import { routes } from '../../shared/api/routes/index';
import { buildOpenApiDocument } from '../../shared/openapi/openapi-document';
import { organiserKey } from '../organisers/admin-support';
import { register, registrationBody } from '../support/registrations';
import { startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { formatReport, runFuzz } from './run-fuzz';
import { tableStorage } from './table-storage';

// A bounded run inside `npm test` (about 4 requests per operation); `npm run test:long` sends 1,000 and
// `npm run fuzz -- --requests N` runs longer against `npm start` (docs/fuzz.md). The seed is printed with the report.
const requests = Number(process.env.FUZZ_REQUESTS ?? 200);
const seed = Number(process.env.FUZZ_SEED ?? 19);

let app: TestApp;
const event = testEvent();
const settingsEvent = testEvent();

beforeAll(async () => {
  app = await startTestApp([event, settingsEvent]);
});
afterAll(() => app.stop());

it(`answers ${requests} generated requests over every operation with no 5xx but 503, problem+json errors, no refused write, one email per registration`, async () => {
  const key = await organiserKey(event.id);
  const { json } = await register(app, event.id);
  const report = await runFuzz({
    baseUrl: app.apiUrl,
    requests,
    seed,
    document: buildOpenApiDocument(routes, ''),
    credentials: {
      eventId: event.id,
      organiserKey: key,
      registrationId: json.registrationId,
      manageToken: json.manageToken,
      settingsEvent: { eventId: settingsEvent.id, organiserKey: await organiserKey(settingsEvent.id) },
    },
    validBodies: { createRegistration: () => registrationBody() },
    storage: tableStorage(app.tableNames, () => app.drainStreams()),
  });
  console.log(formatReport(report, seed));
  expect(Object.keys(report.perOperation)).toHaveLength(routes.length);
  expect(report.acceptedRegistrations).toBeGreaterThan(0);
  expect(report.violations).toEqual([]);
}, Math.max(300_000, requests * 600)); // 200 requests: about 40 s on a 2-core machine at load 15; speed is the bench's concern
