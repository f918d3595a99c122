/**
 * Creates an organiser API key for one event and prints it once (only its SHA-256 is stored).
 *   Locally (against `npm start`):  npm run organiser-key -- --event <eventId> --local [--label "…"] [--role door-staff]
 *   In AWS:  REGISTRATIONS_TABLE=<name> AWS_REGION=<region> npm run organiser-key -- --event <eventId> [--label "…"]
 * The event need not exist yet: a key made first lets its holder create the event (PUT /admin/events/<id>).
 */
import { exitWithUsage, parseScriptArguments } from './script-arguments';
import { useScriptEnvironment } from './script-environment';

const usage = {
  usage: 'npm run organiser-key -- --event <eventId> [--label "who it is for"] [--role organiser|door-staff] [--local]',
  description: [
    'Creates an organiser API key for one event and prints it once (only its SHA-256 is stored).',
    '  --event   the event id (lower-case words joined by hyphens, e.g. techdays-casablanca-2019)',
    '  --label   who the key is for, shown in the key list (default "created with npm run organiser-key")',
    '  --role    organiser (default: every admin route of the event) or door-staff (checking people in only)',
    '  --local   use the tables of `npm start` in DynamoDB Local; without it, REGISTRATIONS_TABLE and',
    '            the AWS credentials and region of the environment',
  ].join('\n'),
};

const values = parseScriptArguments(usage, {
  event: { type: 'string' },
  label: { type: 'string', default: 'created with npm run organiser-key' },
  role: { type: 'string', default: 'organiser' },
  local: { type: 'boolean', default: false },
});
const eventId = values.event;
if (eventId === undefined) exitWithUsage(usage, 'Missing --event.');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(eventId)) exitWithUsage(usage, `--event "${eventId}" is not an event id (lower-case words joined by hyphens).`);

const role = values.role;
if (role !== 'organiser' && role !== 'door-staff') exitWithUsage(usage, `--role "${role}" is not organiser or door-staff.`);

useScriptEnvironment({ local: values.local, tableVariable: 'REGISTRATIONS_TABLE' });

const { createOrganiserKey } = await import('../shared/organisers/organiser-key-store');
const { key, record } = await createOrganiserKey({ eventId, label: values.label, role });
const where = role === 'door-staff' ? `POST /admin/events/${eventId}/check-ins (door staff: nothing else)` : `/admin/events/${eventId}/…`;
console.log(`${role === 'door-staff' ? 'Door-staff' : 'Organiser'} key for ${eventId} (key id ${record.keyId}, "${record.label}"). It is shown only this once:\n\n  ${key}\n\nSend it as "Authorization: Bearer ${key.slice(0, 8)}…" on ${where}`);
