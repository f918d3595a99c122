import { parseRuntimeConfig } from '../shared/config/runtime-config';

/**
 * The environment an operator script runs in: with `--local`, the tables of `npm start` in
 * DynamoDB Local; otherwise the caller's (table names and AWS credentials from the environment).
 * Settings a script does not use get placeholders, so the shared config validates.
 */
type TableVariable = 'REGISTRATIONS_TABLE' | 'MEETING_REQUESTS_TABLE' | 'CONFIRMATIONS_TABLE';

export function useScriptEnvironment(options: { local: boolean; tableVariable: TableVariable | readonly TableVariable[] }): void {
  if (options.local) {
    const port = process.env.DYNAMODB_PORT ?? '8000';
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${port}`,
      AWS_REGION: process.env.AWS_REGION ?? 'eu-west-3',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      REGISTRATIONS_TABLE: 'rendezvous-local-Registrations',
      MEETING_REQUESTS_TABLE: 'rendezvous-local-MeetingRequests',
      CONFIRMATIONS_TABLE: 'rendezvous-local-Confirmations',
    });
    explainRefusedConnection(port);
  }
  // Against AWS, a missing region or table name would otherwise surface as an SDK stack trace.
  for (const variable of ['AWS_REGION', ...[options.tableVariable].flat()]) {
    if (!process.env[variable]) {
      console.error(`${variable} is not set: set it to run against AWS, or pass --local to use the tables of \`npm start\`.`);
      process.exit(2);
    }
  }
  process.env.REGISTRATIONS_TABLE ??= 'unused';
  process.env.MEETING_REQUESTS_TABLE ??= 'unused';
  process.env.CONFIRMATIONS_TABLE ??= 'unused';
  process.env.PUBLIC_BASE_URL ??= 'http://localhost';
  process.env.SENDER_EMAIL ??= 'unused@example.com';
  exitOnConfigurationError();
}

/** A bad variable stops the script with one sentence naming it and its rule, not a stack trace. */
function exitOnConfigurationError(): void {
  try {
    parseRuntimeConfig(process.env);
  } catch (error) {
    console.error(`Configuration error: ${(error as Error).message}`);
    process.exit(1);
  }
}

/**
 * With `--local` and no `npm start` running (or one on another DYNAMODB_PORT), the SDK's refused
 * connection ends the script with one sentence saying what to do, not a stack trace.
 */
function explainRefusedConnection(port: string): void {
  process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
    if (error.code === 'ECONNREFUSED') console.error(`DynamoDB Local does not answer on port ${port}: start \`npm start\` first, or set DYNAMODB_PORT to the port it uses.`);
    else console.error(error);
    process.exit(1);
  });
}
