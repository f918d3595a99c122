import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationBody } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

// DynamoDB Local cannot be made unavailable for one request: the SDK is mocked only to inject the
// failures, as the SDK raises them (a refused connection, throttling).
const event = testEvent();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED', $metadata: {} });
const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'ProvisionedThroughputExceededException', $metadata: { httpStatusCode: 400 }, $retryable: { throttling: true } });

async function whileDatabaseFails<T>(failure: () => Error, action: () => Promise<T>): Promise<T> {
  const documents = mockClient(DynamoDBDocumentClient);
  const plain = mockClient(DynamoDBClient);
  documents.onAnyCommand().rejects(failure());
  plain.onAnyCommand().rejects(failure());
  try {
    return await action();
  } finally {
    documents.restore();
    plain.restore();
  }
}

describe('when DynamoDB cannot answer', () => {
  it.each([
    ['unreachable', refused],
    ['throttling', throttled],
  ])('%s: a request gets 503 problem+json with Retry-After, not a 500', async (_label, failure) => {
    const response = await whileDatabaseFails(failure, () => app.request('POST', `/events/${event.id}/registrations`, { body: registrationBody() }));
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await jsonOf(response)).toMatchObject({ status: 503, type: expect.stringContaining('service-unavailable'), title: expect.any(String), detail: expect.any(String) });
  });

  it('the readiness check says so, while liveness stays up; both are fine once the database is back', async () => {
    const [ready, live] = await whileDatabaseFails(refused, () => Promise.all([app.request('GET', '/health/ready'), app.request('GET', '/health')]));
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).not.toBeNull();
    expect(live.status).toBe(200);
    const again = await app.request('GET', '/health/ready');
    expect(again.status).toBe(200);
    expect(await jsonOf(again)).toEqual({ status: 'ready' });
  });

  it('a bug is still a 500 (not every error is an outage)', async () => {
    const response = await whileDatabaseFails(
      () => Object.assign(new Error('One or more parameter values were invalid'), { name: 'ValidationException', $metadata: { httpStatusCode: 400 } }),
      () => app.request('POST', `/events/${event.id}/registrations`, { body: registrationBody() }),
    );
    expect(response.status).toBe(500);
  });
});
