/**
 * Re-sends dead-lettered confirmation emails.
 *   Locally (against `npm start`):  npm run redrive -- --local
 *   In AWS:  CONFIRMATIONS_TABLE=<name> AWS_REGION=<region> npm run redrive   (with credentials)
 */
import { exitWithUsage, parseScriptArguments } from './script-arguments';
import { useScriptEnvironment } from './script-environment';

const usage = {
  usage: 'npm run redrive -- [--local] [--limit <count>]',
  description: [
    'Re-queues dead-lettered confirmation emails so that the mailer sends them again.',
    '  --local   use the tables of `npm start` in DynamoDB Local; without it, CONFIRMATIONS_TABLE and',
    '            the AWS credentials and region of the environment',
    '  --limit   at most this many emails (a whole number from 1; default 1000)',
  ].join('\n'),
};

const values = parseScriptArguments(usage, { local: { type: 'boolean', default: false }, limit: { type: 'string', default: '1000' } });
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) exitWithUsage(usage, `--limit "${values.limit}" is not a whole number from 1.`);

useScriptEnvironment({ local: values.local, tableVariable: 'CONFIRMATIONS_TABLE' });

const { redriveDeadLetters } = await import('../shared/confirmations/redrive');
const { requeued } = await redriveDeadLetters({ limit });
console.log(`Re-queued ${requeued.length} dead-lettered confirmation(s)${requeued.length > 0 ? `: ${requeued.join(', ')}` : ''}.`);
