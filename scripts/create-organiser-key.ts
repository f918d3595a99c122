/**
 * Creates an organiser API key for one event and prints it once (only its SHA-256 is stored).
 *   Locally (against `npm start`):  npm run organiser-key -- --event <eventId> --local [--label "…"]
 *   In AWS:  REGISTRATIONS_TABLE=<name> AWS_REGION=<region> npm run organiser-key -- --event <eventId> [--label "…"]
 * The event need not exist yet: a key made first lets its holder create the event (PUT /admin/events/<id>).
 */
import { parseArgs } from 'node:util';
import { useScriptEnvironment } from './script-environment';

const { values } = parseArgs({
  options: { event: { type: 'string' }, label: { type: 'string', default: 'created with npm run organiser-key' }, local: { type: 'boolean', default: false } },
});
if (!values.event || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.event)) {
  console.error('Usage: npm run organiser-key -- --event <eventId> [--label "who it is for"] [--local]');
  process.exit(2);
}

useScriptEnvironment({ local: values.local ?? false });

const { createOrganiserKey } = await import('../shared/organisers/organiser-key-store');
const { key, record } = await createOrganiserKey({ eventId: values.event, label: values.label });
console.log(`Organiser key for ${values.event} (key id ${record.keyId}, "${record.label}"). It is shown only this once:\n\n  ${key}\n\nSend it as "Authorization: Bearer ${key.slice(0, 8)}…" on /admin/events/${values.event}/…`);
