/**
 * Rebuilds an event's dashboard counters from its tables (an event older than the counters).
 *   Locally (against `npm start`):  npm run recount-dashboard -- --event <id> --local
 *   In AWS:  REGISTRATIONS_TABLE=… MEETING_REQUESTS_TABLE=… CONFIRMATIONS_TABLE=… AWS_REGION=… npm run recount-dashboard -- --event <id>
 */
import { exitWithUsage, parseScriptArguments } from './script-arguments';
import { useScriptEnvironment } from './script-environment';

const usage = {
  usage: 'npm run recount-dashboard -- --event <eventId> [--local]',
  description: [
    "Counts the event's registrations, meeting requests, press requests and emails from the tables and",
    'sets the dashboard counters to match, without losing a change made while it runs (docs/organisers.md,',
    '"Dashboard"). Safe to run at any time, and again.',
    '  --event   the event id',
    '  --local   use the tables of `npm start` in DynamoDB Local; without it, REGISTRATIONS_TABLE,',
    '            MEETING_REQUESTS_TABLE, CONFIRMATIONS_TABLE and the AWS credentials and region of the environment',
  ].join('\n'),
};

const values = parseScriptArguments(usage, { event: { type: 'string' }, local: { type: 'boolean', default: false } });
if (!values.event) exitWithUsage(usage, '--event is missing.');

useScriptEnvironment({ local: values.local, tableVariable: ['REGISTRATIONS_TABLE', 'MEETING_REQUESTS_TABLE', 'CONFIRMATIONS_TABLE'] });

const { recountDashboard } = await import('../shared/organisers/recount-dashboard');
const { readDashboard } = await import('../shared/organisers/read-dashboard');
const { attempts } = await recountDashboard(values.event);
const figures = await readDashboard(values.event);
console.log(`Recounted ${values.event} (${attempts} attempt${attempts === 1 ? '' : 's'}): ${JSON.stringify({ registrations: figures.registrations.byStatus, meetings: figures.meetings.requested, press: figures.press, emails: figures.emails })}`);
