import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { techDaysEvent } from '../support/test-event';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([techDaysEvent()]);
});
afterAll(() => app.stop());

describe('the seeded TechDays event', () => {
  it('is served with its sectors, clusters, programme and slots', async () => {
    const response = await app.request('GET', '/events/techdays-casablanca-2019');
    expect(response.status).toBe(200);
    const event = await jsonOf(response);
    expect(event).toMatchObject({
      id: 'techdays-casablanca-2019',
      startDate: '2019-04-09',
      endDate: '2019-04-11',
      timeZone: 'Africa/Casablanca',
      venue: { city: 'Casablanca', country: 'MA' },
      alongside: { name: 'Logismed', edition: 8 },
      registrationOpen: true,
    });
    expect(event.sectors.map((sector: { id: string }) => sector.id)).toEqual([
      'transport-logistics',
      'agrifood',
      'energy-environment',
      'ict',
      'mechatronics',
      'textile',
    ]);
    expect(event.clusters).toHaveLength(22);
    const countries = new Set(event.clusters.map((cluster: { country: string }) => cluster.country));
    expect([...countries].sort()).toEqual(['EG', 'JO', 'LB', 'MA', 'PS', 'TN']);
    expect(event.programme.map((item: { id: string }) => item.id)).toEqual(
      expect.arrayContaining(['opening-ceremony', 'pitching-session', 'visit-mascir', 'visit-esith', 'visit-cti']),
    );
    expect(event.meetingSlots[0]).toEqual({ id: 'd1-1400', start: '2019-04-09T14:00:00+01:00', end: '2019-04-09T14:20:00+01:00' });
    expect(event.assumptions.length).toBeGreaterThan(0);
  });

  it('answers an unknown event with a 404 problem', async () => {
    const response = await app.request('GET', '/events/no-such-event');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await jsonOf(response)).toMatchObject({ status: 404, title: 'Not found', type: expect.stringContaining('not-found') });
  });

  it('names the invalid path parameter in a 400 problem', async () => {
    const response = await app.request('GET', '/events/NOT_AN_ID');
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).errors).toEqual([{ path: 'path.eventId', message: expect.any(String) }]);
  });
});

describe('routing errors', () => {
  it('answers an unknown path with 404 and a known path with a wrong method with 405 and Allow', async () => {
    const unknown = await app.request('GET', '/no/such/route');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    const wrongMethod = await app.request('DELETE', '/events/techdays-casablanca-2019');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
  });

  it('is healthy', async () => {
    const response = await app.request('GET', '/health');
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual({ status: 'ok' });
  });
});

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document listing every route', async () => {
    const response = await app.request('GET', '/openapi.json');
    expect(response.status).toBe(200);
    const document = await jsonOf(response);
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/events/{eventId}'].get.operationId).toBe('getEvent');
  });
});
