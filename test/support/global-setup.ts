import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/ports';
import { startSesLocal } from '../../local/ses-local';
import { startCountingProxy } from './dynamodb-request-count';
import { spawnBrowserStackHost } from '../web/support/spawn-browser-stack-host';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sesEndpoint: string;
    /** The browser test files' shared stack (test/web/support/browser-stack.ts), started on first use. */
    browserStackHost: string;
  }
}

/** Starts the real local servers once per test run, on free ports, and stops them afterwards. */
export default async function setup(project: TestProject) {
  // A database per access key id: each test file's app has its own (test-app.ts), the browser files share the stack's.
  const dynamodb = await startDynamoDbLocal({ port: await freePort(), sharedDb: false });
  const countFile = process.env.DYNAMODB_REQUEST_COUNT;
  const proxy = countFile ? await startCountingProxy(dynamodb.endpoint, countFile) : undefined;
  const dynamodbEndpoint = proxy?.endpoint ?? dynamodb.endpoint;
  const ses = await startSesLocal({ port: await freePort() });
  const browserStack = await spawnBrowserStackHost(dynamodbEndpoint, ses.endpoint);
  project.provide('dynamodbEndpoint', dynamodbEndpoint);
  project.provide('sesEndpoint', ses.endpoint);
  project.provide('browserStackHost', browserStack.url);
  return async () => {
    await browserStack.stop();
    await ses.stop();
    await proxy?.stop();
    await dynamodb.stop();
  };
}
