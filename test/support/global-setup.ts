import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/ports';
import { startSesLocal } from '../../local/ses-local';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sesEndpoint: string;
  }
}

/** Starts the real local servers once per test run, on free ports, and stops them afterwards. */
export default async function setup(project: TestProject) {
  const dynamodb = await startDynamoDbLocal({ port: await freePort() });
  const ses = await startSesLocal({ port: await freePort() });
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  project.provide('sesEndpoint', ses.endpoint);
  return async () => {
    await ses.stop();
    await dynamodb.stop();
  };
}
