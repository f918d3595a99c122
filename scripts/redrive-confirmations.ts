/**
 * Re-sends dead-lettered confirmation emails.
 *   Locally (against `npm start`):  npm run redrive -- --local
 *   In AWS:  CONFIRMATIONS_TABLE=<name> AWS_REGION=<region> npm run redrive   (with credentials)
 */
import { parseArgs } from 'node:util';
import { useScriptEnvironment } from './script-environment';

const { values } = parseArgs({ options: { local: { type: 'boolean', default: false }, limit: { type: 'string', default: '1000' } } });

useScriptEnvironment({ local: values.local ?? false });

const { redriveDeadLetters } = await import('../shared/confirmations/redrive');
const { requeued } = await redriveDeadLetters({ limit: Number(values.limit) });
console.log(`Re-queued ${requeued.length} dead-lettered confirmation(s)${requeued.length > 0 ? `: ${requeued.join(', ')}` : ''}.`);
