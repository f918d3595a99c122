/**
 * The outside probe (docs/testing.md, "The outside probe"): what a stranger sends to a running
 * `npm start`, beyond the fuzz suite's random requests. Each probe states the answer a careful client
 * expects and prints what came back; exit code 1 when one differs. What a probe found is kept as a test
 * (test/api/outside-probe.test.ts and others); this script re-runs the whole list against any stack.
 *
 *   DYNAMODB_PORT=8000 npx tsx test/probe/api-probe.ts [--base-url http://localhost:3000] [--mail-url http://localhost:8005]
 *
 * It creates its own events (`probe-<ulid>`, organiser keys through DynamoDB Local like `npm run fuzz`)
 * and registrations; nothing it does touches the seeded event.
 */
import { parseArgs } from 'node:util';
import { ulid } from 'ulid';
import { useScriptEnvironment } from '../../scripts/script-environment';
import { registrationBody } from '../support/registrations';
import { testEvent } from '../support/test-event';

const { values } = parseArgs({ options: { 'base-url': { type: 'string', default: 'http://localhost:3000' }, 'mail-url': { type: 'string', default: 'http://localhost:8005' } } });
const base = values['base-url'].replace(/\/$/, '');
const mailBase = values['mail-url'].replace(/\/$/, '');
useScriptEnvironment({ local: true, tableVariable: 'REGISTRATIONS_TABLE' });
// The signing secret `npm start` uses unless TOKEN_SIGNING_SECRET is set (local/local-environment.ts): the
// probe signs expired and scoped link tokens the way the mailer would.
process.env.TOKEN_SIGNING_SECRET ??= 'local-development-signing-secret-not-for-production';
const { createOrganiserKey } = await import('../../shared/organisers/organiser-key-store');
const { answerTokenFor } = await import('../../shared/security/answer-token');
const { directoryTokenFor } = await import('../../shared/security/directory-token');
const { pressStatusTokenFor } = await import('../../shared/security/press-status-token');
const { decisionTokenFor } = await import('../../shared/security/decision-token');

interface Answer {
  status: number;
  type: string;
  json: Record<string, unknown> & { errors?: { path: string }[]; type?: string; status?: string | number };
  text: string;
  headers: Headers;
}

async function call(method: string, path: string, options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const hasBody = options.body !== undefined || options.raw !== undefined;
  const response = await fetch(`${base}${path}`, {
    method,
    redirect: 'manual',
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
    ...(hasBody ? { body: options.raw ?? JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  let json: Answer['json'] = {};
  try {
    json = JSON.parse(text) as Answer['json'];
  } catch {
    // not JSON: pages, calendars, PDFs
  }
  return { status: response.status, type: response.headers.get('content-type')?.split(';')[0] ?? '', json, text, headers: response.headers };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const paths = (answer: Answer) => (answer.json.errors ?? []).map((error) => error.path).sort().join(',');
const statuses = (answers: Answer[]) => answers.map((answer) => answer.status).sort().join(',');

const results: { probe: string; expected: string; got: string; ok: boolean }[] = [];
function record(probe: string, expected: string, got: string): void {
  results.push({ probe, expected, got, ok: expected === got });
}

async function newEvent(overrides: Record<string, unknown> = {}) {
  const id = `probe-${ulid().toLowerCase()}`;
  const { key } = await createOrganiserKey({ eventId: id, label: 'outside probe' });
  const created = await call('PUT', `/admin/events/${id}`, { headers: bearer(key), body: testEvent({ id, ...overrides }) });
  if (created.status !== 201) throw new Error(`creating ${id}: ${created.status} ${created.text}`);
  return { id, key, slots: testEvent().meetings.slots.map((slot) => slot.id) };
}

async function register(eventId: string, overrides: Record<string, unknown> = {}) {
  const answer = await call('POST', `/events/${eventId}/registrations`, { body: registrationBody(overrides) });
  return answer.json as { registrationId: string; manageToken: string; status: string };
}

// --- HTTP: methods, paths, media types, sizes ---------------------------------------------------
async function httpProbes(eventId: string): Promise<void> {
  const head = await call('HEAD', `/events/${eventId}`);
  record('HEAD on a GET route', '200, no body', `${head.status}${head.text === '' ? ', no body' : ', a body'}`);
  record('OPTIONS (CORS preflight)', '204', String((await call('OPTIONS', `/events/${eventId}`)).status));
  record('trailing slash', '200', String((await call('GET', `/events/${eventId}/`)).status));
  record('percent-encoded letter in an id', '200', String((await call('GET', `/events/${eventId.replace('p', '%70')}`)).status));
  const double = await call('GET', `/events/${eventId.replace('p', '%2570')}`);
  record('double-encoded id', '400 path.eventId', `${double.status} ${paths(double)}`);
  const slash = await call('GET', `/registrations/${ulid()}%2F..%2F`);
  record('encoded slash and dot segment in an id', '400 path.registrationId', `${slash.status} ${paths(slash)}`);
  record('unknown route', '404 application/problem+json', `${(await call('GET', '/nowhere')).status} ${(await call('GET', '/nowhere')).type}`);
  const post = `/events/${eventId}/registrations`;
  const cases: [string, string, Promise<Answer>][] = [
    ['text/plain body', '415', call('POST', post, { raw: JSON.stringify(registrationBody()), headers: { 'content-type': 'text/plain' } })],
    ['Latin-1 charset', '415', call('POST', post, { raw: JSON.stringify(registrationBody()), headers: { 'content-type': 'application/json; charset=iso-8859-1' } })],
    ['malformed JSON', '400', call('POST', post, { raw: '{"firstName":' })],
    ['JSON with trailing garbage', '400', call('POST', post, { raw: `${JSON.stringify(registrationBody())} x` })],
    ['lone surrogate', '400', call('POST', post, { raw: JSON.stringify(registrationBody()).replace('Amina', '\\ud800') })],
    ['body null', '400', call('POST', post, { raw: 'null' })],
    ['body []', '400', call('POST', post, { raw: '[]' })],
    ['empty body', '400', call('POST', post, { raw: '' })],
    ['70 KB body', '413', call('POST', post, { body: registrationBody({ organisation: 'x'.repeat(70_000) }) })],
    ['5,000 nested arrays', '400', call('POST', post, { raw: `${'['.repeat(5_000)}${']'.repeat(5_000)}` })],
  ];
  for (const [probe, expected, answer] of cases) {
    const got = await answer;
    record(`${probe} (createRegistration)`, `${expected} application/problem+json`, `${got.status} ${got.type}`);
  }
}

// --- Query parameters: a number is decimal digits in its range, named once when it is not -------
async function queryProbes(eventId: string, key: string): Promise<void> {
  const path = `/admin/events/${eventId}/registrations`;
  for (const limit of ['0x10', '1e1', '%2016', '', '16.0', '1e20', '100000000000000000000']) {
    const answer = await call('GET', `${path}?limit=${limit}`, { headers: bearer(key) });
    record(`limit=${limit} (listAdminRegistrations)`, '400 query.limit', `${answer.status} ${paths(answer)}`);
  }
  record('limit=16 (listAdminRegistrations)', '200', String((await call('GET', `${path}?limit=16`, { headers: bearer(key) })).status));
}

// --- The third outside probe: cursors outside a status's key range, a byte order mark, blank-looking names ---
async function thirdProbeChecks(eventId: string, key: string): Promise<void> {
  for (const [list, partition] of [['meetings?status=pending', 'MEETINGS'], ['press-accreditations?status=approved', 'PRESS'], ['confirmations?status=failed', 'CONFIRMATIONS']] as const) {
    const cursor = Buffer.from(JSON.stringify({ pk: 'X#1', sk: 'X', gsi1pk: `EVENT#${eventId}#${partition}`, gsi1sk: 'confirmed#2026-01-01T00:00:00.000Z#1' })).toString('base64url');
    const answer = await call('GET', `/admin/events/${eventId}/${list}&cursor=${cursor}`, { headers: bearer(key) });
    record(`a cursor of another status (${list})`, '400 query.cursor', `${answer.status} ${paths(answer)}`);
  }
  const bom = await call('POST', `/events/${eventId}/registrations`, { raw: `\ufeff${JSON.stringify(registrationBody())}` });
  record('a JSON body behind a UTF-8 byte order mark', '201', String(bom.status));
  for (const [probe, firstName] of [['the braille pattern blank', '\u2800'], ['combining accents alone', '\u0301\u0301']] as const) {
    const answer = await call('POST', `/events/${eventId}/registrations`, { body: registrationBody({ firstName }) });
    record(`registration: ${probe} as a name`, '400 firstName', `${answer.status} ${paths(answer)}`);
  }
}

// --- Field values: types, unicode, injection ---------------------------------------------------
async function fieldProbes(eventId: string): Promise<void> {
  const post = (overrides: Record<string, unknown>, headers: Record<string, string> = {}) => call('POST', `/events/${eventId}/registrations`, { body: registrationBody(overrides), headers });
  const refused: [string, Record<string, unknown>, string][] = [
    ['NUL in a name', { firstName: 'Am\u0000ina' }, 'firstName'],
    ['TAB in a name', { firstName: 'A\tB' }, 'firstName'],
    ['CRLF + Bcc in the organisation', { organisation: 'Org\r\nBcc: evil@example.com' }, 'organisation'],
    ['LINE SEPARATOR in a name', { firstName: 'A\u2028B' }, 'firstName'],
    ['spaces only', { firstName: '   ' }, 'firstName'],
    ['NBSP and ideographic space only', { firstName: '\u00a0\u3000' }, 'firstName'],
    ['a zero-width joiner only', { firstName: '\u200d' }, 'firstName'],
    ['a zero-width space only', { lastName: '\u200b' }, 'lastName'],
    ['300 combining accents', { firstName: `a${'\u0301'.repeat(300)}` }, 'firstName'],
    ['CRLF + Bcc in the email', { email: 'a@example.org\r\nBcc: x@y.z' }, 'email'],
    ['two addresses in the email', { email: 'a@example.org, b@example.org' }, 'email'],
    ['a display name in the email', { email: 'Evil <a@example.org>' }, 'email'],
    ['an IDN local part', { email: 'أمينة@example.org' }, 'email'],
    ['consent "true" (a string)', { consent: 'true' }, 'consent'],
    ['language 1 (a number)', { language: 1 }, 'language'],
    ['sectors as an object', { sectors: { 0: 'ict' } }, 'sectors'],
    ['a repeated sector', { sectors: ['ict', 'ict'] }, 'sectors'],
    ['profile null', { profile: null }, 'profile'],
    ['an unknown key inside profile', { profile: { offer: 'a', request: 'b', extra: 'c' } }, 'profile.extra'],
    ['__proto__ key', JSON.parse('{"__proto__":{"admin":true}}') as Record<string, unknown>, '__proto__'],
    ['every kind at once', { firstName: 'A\r\nB', email: 'x', country: 'ZZ', sectors: ['nope'], consent: 'yes', extra: 1 }, 'consent,country,email,extra,firstName,sectors.0'],
  ];
  for (const [probe, overrides, fields] of refused) {
    const answer = await post(overrides);
    record(`registration: ${probe}`, `400 ${fields}`, `${answer.status} ${paths(answer)}`);
  }
  const badKey = await post({ email: 'x', sectors: ['nope'] }, { 'idempotency-key': 'short' });
  record('registration: bad Idempotency-Key + bad email + unknown sector', '400 email,header.idempotency-key,sectors.0', `${badKey.status} ${paths(badKey)}`);
  const accepted: [string, Record<string, unknown>][] = [
    ['an RLO override in a name (stripped)', { firstName: '\u202egnp.exe' }],
    ['an RLM beside an Arabic name (stripped)', { lastName: '\u200fبنعلي' }],
    ['emoji with ZWJ and skin tone', { firstName: '👩🏽\u200d💻 Amina' }],
    ['mathematical letters (astral plane)', { lastName: '𝕬𝖒𝖎𝖓𝖆' }],
    ['a ZWNJ inside a Persian name', { firstName: 'می\u200cخواهم' }],
    ['markup in names', { firstName: '<img src=x onerror=alert(1)>', organisation: '"><script>alert(1)</script>' }],
    ['country in lower case', { country: 'ma' }],
  ];
  for (const [probe, overrides] of accepted) record(`registration: ${probe}`, '201', String((await post(overrides)).status));
}

// --- Concurrency: retries, racing answers, the last seat, table and place ------------------------
async function raceProbes(): Promise<void> {
  const open = await newEvent();
  const key = `probe-${ulid()}`;
  const body = registrationBody();
  const retries = await Promise.all(Array.from({ length: 8 }, () => call('POST', `/events/${open.id}/registrations`, { body, headers: { 'idempotency-key': key } })));
  const ids = new Set(retries.map((answer) => answer.json.registrationId));
  record('8 parallel registrations, one Idempotency-Key', '201x8, 1 registration', `${retries.every((answer) => answer.status === 201) ? '201x8' : statuses(retries)}, ${ids.size} registration`);
  const otherBodies = await Promise.all(Array.from({ length: 6 }, () => call('POST', `/events/${open.id}/registrations`, { body: registrationBody(), headers: { 'idempotency-key': `probe-${key}` } })));
  record('6 parallel registrations, one key, different bodies', '201,422,422,422,422,422', statuses(otherBodies));
  const sameEmail = registrationBody();
  const noKey = await Promise.all(Array.from({ length: 5 }, () => call('POST', `/events/${open.id}/registrations`, { body: sameEmail })));
  record('5 parallel registrations of one email, no key', '201,409,409,409,409', statuses(noKey));

  const [a, b, c, d, f] = await Promise.all(Array.from({ length: 5 }, () => register(open.id)));
  const asked = await call('POST', `/events/${open.id}/meeting-requests`, { headers: bearer(a!.manageToken), body: { toRegistrationId: b!.registrationId, proposedSlotIds: open.slots.slice(0, 2) } });
  const request = asked.json.meetingRequestId as string;
  const accepts = await Promise.all([
    call('POST', `/meeting-requests/${request}/accept`, { headers: bearer(b!.manageToken), body: { slotId: open.slots[0] } }),
    call('POST', `/meeting-requests/${request}/accept`, { headers: bearer(b!.manageToken), body: { slotId: open.slots[1] } }),
    call('POST', `/meeting-requests/${request}/accept`, { headers: bearer(b!.manageToken), body: {} }),
  ]);
  const agenda = await call('GET', `/registrations/${b!.registrationId}/agenda`, { headers: bearer(b!.manageToken) });
  record('three accepts of one request at once', '200,409,409; at most one meeting in the agenda', `${statuses(accepts)}; ${(agenda.json.entries as { kind?: string }[]).filter((entry) => entry.kind !== 'programme').length <= 1 ? 'at most one' : 'more'} meeting in the agenda`);
  const [first, second] = await Promise.all([d!, f!].map((from) => call('POST', `/events/${open.id}/meeting-requests`, { headers: bearer(from.manageToken), body: { toRegistrationId: c!.registrationId, proposedSlotIds: [open.slots[2]] } })));
  const booked = await Promise.all([first!, second!].map((made) => call('POST', `/meeting-requests/${made.json.meetingRequestId as string}/accept`, { headers: bearer(c!.manageToken), body: { slotId: open.slots[2] } })));
  record('one recipient accepts two requests into one slot at once', '200,409', statuses(booked));
  const decline = await Promise.all([
    call('POST', `/meeting-requests/${second!.json.meetingRequestId as string}/decline`, { headers: bearer(c!.manageToken), body: {} }),
    call('POST', `/meeting-requests/${second!.json.meetingRequestId as string}/cancel`, { headers: bearer(f!.manageToken), body: {} }),
  ]);
  const settled = new Set(decline.filter((answer) => answer.status === 200).map((answer) => answer.json.status));
  record('decline and cancel of one request at once (cancel of a closed request answers it as it is)', '1 final status', `${settled.size} final status`);

  // The last seat: capacity 1, six people at once.
  const small = await newEvent({ capacity: 1 });
  const seats = await Promise.all(Array.from({ length: 6 }, () => call('POST', `/events/${small.id}/registrations`, { body: registrationBody() })));
  const seatStatuses = seats.map((answer) => answer.json.status).sort().join(',');
  record('the last seat: 6 registrations at once, capacity 1', 'confirmed,waitlisted x5', seatStatuses === 'confirmed,waitlisted,waitlisted,waitlisted,waitlisted,waitlisted' ? 'confirmed,waitlisted x5' : seatStatuses);

  // The last table: one table per slot, three pairs accept the same slot at once.
  const oneTable = await newEvent({ meetings: { ...testEvent().meetings, tablesPerSlot: 1 } });
  const people = await Promise.all(Array.from({ length: 6 }, () => register(oneTable.id)));
  const requests = await Promise.all([0, 2, 4].map((index) => call('POST', `/events/${oneTable.id}/meeting-requests`, { headers: bearer(people[index]!.manageToken), body: { toRegistrationId: people[index + 1]!.registrationId, proposedSlotIds: [oneTable.slots[0]] } })));
  const tables = await Promise.all(requests.map((made, index) => call('POST', `/meeting-requests/${made.json.meetingRequestId as string}/accept`, { headers: bearer(people[index * 2 + 1]!.manageToken), body: { slotId: oneTable.slots[0] } })));
  record('the last table: 3 pairs accept one slot at once, 1 table', '200,409,409', statuses(tables));

  // The last place of a programme item (capacity 1), four people at once.
  const item = testEvent().programme.find((entry) => entry.kind === 'site-visit')!;
  const onePlace = await newEvent({ programme: testEvent().programme.map((entry) => (entry.id === item.id ? { ...entry, capacity: 1 } : entry)) });
  const places = await Promise.all(Array.from({ length: 4 }, () => call('POST', `/events/${onePlace.id}/registrations`, { body: registrationBody({ programme: [item.id] }) })));
  record('the last programme place: 4 registrations at once, 1 place', '201,409,409,409', statuses(places));

  // One ticket checked in five times at once: one check-in.
  const guest = await register(open.id);
  const record_ = (await call('GET', `/admin/events/${open.id}/registrations/${guest.registrationId}`, { headers: bearer(open.key) })).json as { ticket?: { code?: string } };
  const doors = await Promise.all(Array.from({ length: 5 }, () => call('POST', `/admin/events/${open.id}/check-ins`, { headers: bearer(open.key), body: { code: record_.ticket?.code } })));
  record('one ticket checked in 5 times at once', '200,200,200,200,201', statuses(doors));
}

// --- Credentials: every kind of token on routes of other kinds; the header's form ---------------
async function credentialProbes(eventId: string, key: string): Promise<void> {
  const [a, b] = await Promise.all([register(eventId), register(eventId)]);
  const meeting = (await call('POST', `/events/${eventId}/meeting-requests`, { headers: bearer(a!.manageToken), body: { toRegistrationId: b!.registrationId, proposedSlotIds: [testEvent().meetings.slots[0]!.id] } })).json;
  const agenda = await call('GET', `/registrations/${a!.registrationId}/agenda`, { headers: bearer(a!.manageToken) });
  const feed = new URL(agenda.json.feedUrl as string).searchParams.get('token')!;
  const answer = await linkToken(b!.registrationId, meeting.meetingRequestId as string);
  const tokens: Record<string, string> = { 'manage A': a!.manageToken, 'manage B': b!.manageToken, answer, feed, organiser: key, tampered: `${a!.manageToken.slice(0, -2)}xx` };
  const matrix: [string, string, Record<string, number>][] = [
    ['GET', `/registrations/${a!.registrationId}`, { 'manage A': 200, 'manage B': 403, answer: 403, feed: 403, organiser: 403, tampered: 403 }],
    ['GET', `/meeting-requests/${meeting.meetingRequestId as string}`, { 'manage A': 200, 'manage B': 200, answer: 401, feed: 401, organiser: 401, tampered: 401 }],
    ['GET', `/meeting-requests/${meeting.meetingRequestId as string}/invitation`, { 'manage A': 401, 'manage B': 401, answer: 200, feed: 401, organiser: 401, tampered: 401 }],
    ['GET', `/events/${eventId}/participants`, { 'manage A': 200, 'manage B': 200, answer: 401, feed: 401, organiser: 401, tampered: 401 }],
    ['GET', `/admin/events/${eventId}`, { 'manage A': 401, 'manage B': 401, answer: 401, feed: 401, organiser: 200, tampered: 401 }],
  ];
  for (const [method, path, expected] of matrix) {
    const got: Record<string, number> = {};
    for (const [name, token] of Object.entries(tokens)) got[name] = (await call(method, path, { headers: bearer(token) })).status;
    record(`${method} ${path.replace(/[0-9A-HJKMNP-TV-Z]{26}/g, '{id}').replace(eventId, '{event}')} with each kind of token`, JSON.stringify(expected), JSON.stringify(got));
  }
  const feedPath = (id: string, token: string) => `/registrations/${id}/agenda.ics?token=${encodeURIComponent(token)}`;
  record('agenda feed: its token, A\'s token on B, a manage token', '200,403,403', [(await call('GET', feedPath(a!.registrationId, feed))).status, (await call('GET', feedPath(b!.registrationId, feed))).status, (await call('GET', feedPath(a!.registrationId, a!.manageToken))).status].join(','));
  const own = `/registrations/${a!.registrationId}`;
  for (const [form, header, expected] of [['"bearer" in lower case', `bearer ${a!.manageToken}`, 200], ['"BEARER"', `BEARER ${a!.manageToken}`, 200], ['two spaces', `Bearer  ${a!.manageToken}`, 200], ['Basic', `Basic ${a!.manageToken}`, 401], ['no scheme', a!.manageToken, 401]] as const) {
    record(`Authorization: ${form}`, String(expected), String((await call('GET', own, { headers: { authorization: header } })).status));
  }
  record('organiser key with "bearer" in lower case', '200', String((await call('GET', `/admin/events/${eventId}`, { headers: { authorization: `bearer ${key}` } })).status));
  record('manage token in ?token= on a Bearer route', '401', String((await call('GET', `${own}?token=${a!.manageToken}`)).status));
  const c = await register(eventId);
  const crlf = await call('POST', `/events/${eventId}/meeting-requests`, { headers: bearer(a!.manageToken), body: { toRegistrationId: c.registrationId, proposedSlotIds: [testEvent().meetings.slots[3]!.id], message: 'Hello,\r\nWindows line ends.' } });
  const mine = (await call('GET', `/registrations/${c.registrationId}/meeting-requests`, { headers: bearer(c.manageToken) })).json as { meetingRequests?: { message?: string }[] };
  const kept = mine.meetingRequests?.[0]?.message;
  record('a meeting message with CRLF line ends', '201 "Hello,\\nWindows line ends."', `${crlf.status} ${JSON.stringify(kept ?? crlf.json.errors)}`);
  const csv = await call('GET', `/admin/events/${eventId}/registrations`, { headers: { ...bearer(key), accept: 'text/csv' } });
  const document = (await call('GET', '/openapi.json')).json as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
  const declared = Object.keys(document.paths['/admin/events/{eventId}/registrations']!.get!.responses['200']!.content ?? {});
  record('CSV export: its media type is in the document', 'declared', declared.includes(csv.type) ? 'declared' : `${csv.type} not in ${declared.join(', ')}`);
}

// --- An organiser's text that reaches email headers ---------------------------------------------
async function organiserTextProbes(eventId: string, key: string): Promise<void> {
  const contact = { name: 'Press\r\nBcc: evil@example.com', organisation: 'TechDays\u2028Office', email: 'press@example.org', language: 'fr' };
  const patched = await call('PATCH', `/admin/events/${eventId}`, { headers: bearer(key), body: { pressContacts: [contact] } });
  record('a press contact with CRLF in the name, U+2028 in the organisation', '400 pressContacts.0.name,pressContacts.0.organisation', `${patched.status} ${paths(patched)}`);
  const recipients = await call('PATCH', `/admin/events/${eventId}`, { headers: bearer(key), body: { organiserRecipients: [{ email: 'boss@example.org, evil@example.com', language: 'fr' }] } });
  record('two addresses as one organiser recipient', '400 organiserRecipients.0.email', `${recipients.status} ${paths(recipients)}`);
  const definition = (await call('GET', `/admin/events/${eventId}`, { headers: bearer(key) })).json as { name: Record<string, string> };
  const renamed = await call('PUT', `/admin/events/${eventId}`, { headers: bearer(key), body: { ...definition, name: { ...definition.name, fr: 'Evt\r\nBcc: evil@example.com' } } });
  record('an event name with CRLF (every From and Subject)', '400 name.fr', `${renamed.status} ${paths(renamed)}`);
}

// --- Signed link tokens: expired, and used beyond their scope ------------------------------------
async function linkTokenProbes(eventId: string): Promise<void> {
  const [a, b] = await Promise.all([register(eventId), register(eventId)]);
  const meeting = (await call('POST', `/events/${eventId}/meeting-requests`, { headers: bearer(a!.manageToken), body: { toRegistrationId: b!.registrationId, proposedSlotIds: [testEvent().meetings.slots[0]!.id] } })).json.meetingRequestId as string;
  const press = (await call('POST', `/events/${eventId}/press-accreditations`, {
    body: { firstName: 'Leila', lastName: 'Mansour', email: `leila.${ulid().toLowerCase()}@example.org`, mediaOutlet: 'Le Matin', mediaType: 'print', country: 'MA', coveragePlan: 'Two articles.', days: [testEvent().startDate], language: 'en', consent: true },
  })).json.accreditationId as string;
  const past = new Date(Date.now() - 60_000).toISOString();
  const future = new Date(Date.now() + 3_600_000).toISOString();
  const answer = (expiresAt: string, recipientId = b!.registrationId) => answerTokenFor({ meetingRequestId: meeting, recipientId, expiresAt });
  const directory = (expiresAt: string) => directoryTokenFor({ registrationId: a!.registrationId, tokenVersion: 0, expiresAt });
  const status = (expiresAt: string) => pressStatusTokenFor({ accreditationId: press, expiresAt });
  const cases: [string, string, string, Promise<string>, string, unknown?][] = [
    ['expired answer link', 'GET', `/meeting-requests/${meeting}/invitation`, answer(past), '401 expired-answer-link'],
    ['answer link naming the requester', 'GET', `/meeting-requests/${meeting}/invitation`, answer(future, a!.registrationId), '403 not-your-meeting'],
    ['answer link on the manage route accept', 'POST', `/meeting-requests/${meeting}/accept`, answer(future), '401 invalid-manage-token', { slotId: testEvent().meetings.slots[0]!.id }],
    ['expired digest (directory) link', 'GET', `/events/${eventId}/participants`, directory(past), '401 expired-directory-link'],
    ['digest link on the registration', 'GET', `/registrations/${a!.registrationId}`, directory(future), '403 invalid-manage-token'],
    ['digest link cancelling the registration', 'DELETE', `/registrations/${a!.registrationId}`, directory(future), '403 invalid-manage-token'],
    ['digest link on the agenda', 'GET', `/registrations/${a!.registrationId}/agenda`, directory(future), '403 invalid-manage-token'],
    ["digest link on another's recommendations", 'GET', `/registrations/${b!.registrationId}/recommendations`, directory(future), '403 foreign-directory-link'],
    ['expired press status link', 'GET', `/press-accreditations/${press}`, status(past), '401 expired-status-link'],
    ['press status link deciding', 'POST', `/press-accreditations/${press}/review`, status(future), '401 invalid-decision-link', { decision: 'approve' }],
    ['expired decision link', 'GET', `/press-accreditations/${press}/review`, decisionTokenFor({ accreditationId: press, contactEmail: 'press@example.org', expiresAt: past }), '401 expired-decision-link'],
  ];
  for (const [probe, method, path, token, expected, body] of cases) {
    const got = await call(method, path, { headers: bearer(await token), ...(body === undefined ? {} : { body }) });
    record(probe, expected, `${got.status} ${String(got.json.type ?? '').replace('urn:rendezvous:problem:', '')}`);
  }
}

// --- The document: answers the probes get are the ones it declares ------------------------------
async function documentProbes(eventId: string, key: string): Promise<void> {
  const person = await register(eventId);
  const document = (await call('GET', '/openapi.json')).json as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
  const unknown = ulid();
  const cases: [string, string, string, Record<string, string>][] = [
    ['GET', '/registrations/{registrationId}/manage', `/registrations/${person.registrationId}/manage`, {}],
    ['GET', '/registrations/{registrationId}/manage', `/registrations/${person.registrationId}/manage?token=${'a'.repeat(20)}`, {}],
    ['GET', '/registrations/{registrationId}/manage', `/registrations/${person.registrationId}/manage?token=${person.manageToken}`, {}],
    ['GET', '/registrations/{registrationId}/agenda.ics', `/registrations/${person.registrationId}/agenda.ics`, {}],
    ['GET', '/meeting-requests/{meetingRequestId}/answer', `/meeting-requests/${unknown}/answer`, {}],
    ['GET', '/press-accreditations/{accreditationId}/decision', `/press-accreditations/${unknown}/decision`, {}],
    ['GET', '/press-accreditations/{accreditationId}', `/press-accreditations/${unknown}`, {}],
    ['GET', '/events/{eventId}', '/events/no-such-event', {}],
    ['GET', '/admin/events/{eventId}/exports', `/admin/events/${eventId}/exports?limit=0`, bearer(key)],
    ['GET', '/admin/events/{eventId}/schedule/{runId}', `/admin/events/${eventId}/schedule/${unknown}?placements=maybe`, bearer(key)],
    ['DELETE', '/admin/events/{eventId}/sessions/{sessionId}', `/admin/events/${eventId}/sessions/${unknown}`, bearer(key)],
    ['GET', '/registrations/{registrationId}/meeting-slots', `/registrations/${person.registrationId}/meeting-slots?with=${unknown}`, bearer(person.manageToken)],
    ['GET', '/admin/events/{eventId}/badges.pdf', `/admin/events/${eventId}/badges.pdf`, bearer(key)],
  ];
  for (const [method, template, path, headers] of cases) {
    const answer = await call(method, path, { headers });
    const declared = Object.keys(document.paths[template]![method.toLowerCase()]!.responses);
    record(`${method} ${path.replace(/[0-9A-HJKMNP-TV-Z]{26}(\.[\w-]+)?/g, '{id}').replace(eventId, '{event}').slice(0, 70)}: ${answer.status} is in the document`, 'declared', declared.includes(String(answer.status)) ? 'declared' : `not in ${declared.join(',')}`);
  }
}

/** The answer token of the meeting request email `recipientId` got (from the local SES store). */
async function linkToken(recipientId: string, meetingRequestId: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const store = (await (await fetch(`${mailBase}/store`)).json()) as { emails: StoredMail[] };
    for (const mail of store.emails) {
      const href = [...(mail.body.html ?? '').matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&')).find((url) => url.includes(meetingRequestId));
      if (href) return new URLSearchParams(new URL(href).hash.slice(1)).get('token') ?? new URL(href).searchParams.get('token')!;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no email links meeting request ${meetingRequestId} (recipient ${recipientId})`);
}

// --- Emails: hostile text in what the mailer renders -------------------------------------------
interface StoredMail {
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
}

async function emailProbes(eventId: string): Promise<void> {
  const email = `hostile.${ulid().toLowerCase()}@example.org`;
  await call('POST', `/events/${eventId}/registrations`, {
    body: registrationBody({ email, firstName: '<img src=x onerror=alert(1)>', lastName: '=?utf-8?q?Bcc=3A_x=40evil.example?=', organisation: '"><script>alert(1)</script>', profile: { offer: '<a href="javascript:alert(1)">x</a>', request: 'b' } }),
  });
  let mail: StoredMail | undefined;
  for (let attempt = 0; attempt < 40 && mail === undefined; attempt += 1) {
    const store = (await (await fetch(`${mailBase}/store`)).json()) as { emails: StoredMail[] };
    mail = store.emails.find((candidate) => candidate.destination.to.some((to) => to.includes(email)));
    if (mail === undefined) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (mail === undefined) return record('hostile names: the confirmation email', 'sent', 'not sent within 20 s');
  record('hostile names: recipients', `to ${email} only`, mail.destination.to.length === 1 && mail.destination.cc.length + mail.destination.bcc.length === 0 ? `to ${email} only` : JSON.stringify(mail.destination));
  const html = mail.body.html ?? '';
  record('hostile names: no live markup in the HTML part', 'none', /<img src=x|<script>|href="javascript:/i.test(html) ? 'live markup' : 'none');
  record('hostile names: an encoded-word stays text', 'none', /Bcc:/i.test(mail.subject) ? 'Bcc in subject' : 'none');
}

const main = await newEvent();
await httpProbes(main.id);
await queryProbes(main.id, main.key);
await thirdProbeChecks(main.id, main.key);
await fieldProbes(main.id);
await raceProbes();
await credentialProbes(main.id, main.key);
await documentProbes(main.id, main.key);
await linkTokenProbes(main.id);
await organiserTextProbes(main.id, main.key);
await emailProbes(main.id);

const width = Math.max(...results.map((result) => result.probe.length));
for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.probe.padEnd(width)}  expected ${result.expected}; got ${result.got}`);
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length} probes, ${failed} failed (${base}).`);
process.exit(failed === 0 ? 0 : 1);
