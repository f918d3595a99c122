/**
 * Fuzzes a running local stack (`npm start`) with requests generated from its OpenAPI document and
 * checks the oracle of docs/fuzz.md. The bounded run inside `npm test` is test/fuzz/api-fuzz.test.ts.
 */
import { exitWithUsage, parseScriptArguments } from './script-arguments';
import { useScriptEnvironment } from './script-environment';

const usage = {
  usage: 'npm run fuzz -- --requests <N> [--seed <S>] [--base-url <URL>]',
  description: [
    'Sends N generated requests (every operation in turn; valid and broken bodies, hostile path, query,',
    'header and content-type values) to a running `npm start` and prints requests per operation, the',
    'status histogram and every violation: a 5xx other than 503, an error that is not problem+json, a',
    'refused write that changed a table, an accepted registration without exactly one confirmation.',
    'Exit code 1 when there is a violation.',
    '  --requests  how many requests (required)',
    '  --seed      the generator seed, to replay a run (default: the current time)',
    '  --base-url  the API of `npm start` (default http://localhost:3000); the oracle reads its tables',
    '              in DynamoDB Local on DYNAMODB_PORT (default 8000)',
  ].join('\n'),
};

const values = parseScriptArguments(usage, {
  requests: { type: 'string' },
  seed: { type: 'string' },
  'base-url': { type: 'string', default: 'http://localhost:3000' },
});
const requests = Number(values.requests);
if (values.requests === undefined || !Number.isInteger(requests) || requests < 1) exitWithUsage(usage, '--requests must be a positive whole number.');
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(seed)) exitWithUsage(usage, '--seed must be a whole number.');
const baseUrl = values['base-url'].replace(/\/$/, '');

useScriptEnvironment({ local: true, tableVariable: 'REGISTRATIONS_TABLE' });
const { prepareFuzzTarget } = await import('../test/fuzz/fuzz-target');
const { formatReport, runFuzz } = await import('../test/fuzz/run-fuzz');
const { outboxSettled, tableStorage } = await import('../test/fuzz/table-storage');

let target;
try {
  target = await prepareFuzzTarget(baseUrl);
} catch (error) {
  // The target is read from two servers of `npm start`: name both, since a refused connection may be either.
  console.error(
    `Cannot prepare the fuzz run: ${error instanceof Error ? error.message : String(error)}. ` +
      `It needs the API of \`npm start\` at ${baseUrl} (--base-url) and its DynamoDB Local at ${process.env.AWS_ENDPOINT_URL_DYNAMODB} (DYNAMODB_PORT).`,
  );
  process.exit(1);
}
// The stream workers of `npm start` run in its own process: before counting, wait until the mailer
// has finished with the emails of earlier requests (what the in-test run gets from draining the streams).
const storage = tableStorage(
  { registrations: process.env.REGISTRATIONS_TABLE!, meetingRequests: process.env.MEETING_REQUESTS_TABLE!, confirmations: process.env.CONFIRMATIONS_TABLE! },
  outboxSettled(process.env.CONFIRMATIONS_TABLE!),
);
const started = Date.now();
const report = await runFuzz({ baseUrl, requests, seed, ...target, storage });
console.log(formatReport(report, seed));
console.log(`Took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exit(report.violations.length === 0 ? 0 : 1);
