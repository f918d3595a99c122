/**
 * Re-sends dead-lettered confirmation emails.
 *   Locally (against `npm start`):  npm run redrive -- --local
 *   In AWS:  CONFIRMATIONS_TABLE=<name> AWS_REGION=<region> npm run redrive   (with credentials)
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { local: { type: 'boolean', default: false }, limit: { type: 'string', default: '1000' } } });

if (values.local) {
  const port = process.env.DYNAMODB_PORT ?? '8000';
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${port}`,
    AWS_REGION: process.env.AWS_REGION ?? 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    CONFIRMATIONS_TABLE: 'rendezvous-local-Confirmations',
  });
}
// Only the confirmations table matters here; the other settings are not used by a re-drive.
process.env.REGISTRATIONS_TABLE ??= 'unused';
process.env.MEETING_REQUESTS_TABLE ??= 'unused';
process.env.PUBLIC_BASE_URL ??= 'http://localhost';
process.env.SENDER_EMAIL ??= 'unused@example.com';

const { redriveDeadLetters } = await import('../shared/confirmations/redrive');
const { requeued } = await redriveDeadLetters({ limit: Number(values.limit) });
console.log(`Re-queued ${requeued.length} dead-lettered confirmation(s)${requeued.length > 0 ? `: ${requeued.join(', ')}` : ''}.`);
