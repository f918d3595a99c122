/**
 * Check-in latency at the door: 20 scanners (concurrent clients) scanning tickets through the local API
 * (the real handler, the organiser authorizer's local stand-in, DynamoDB Local), p50/p95/p99:
 *   - first scans: every ticket once (the check-in transaction);
 *   - repeat scans: every ticket again ("already checked in": reads only);
 *   - typed codes: first scans by code (one more GetItem, the code's lookup item).
 *
 *   npx tsx bench/checkin/checkin-latency.ts        (standalone), or npm run bench -- --only checkin
 */
import { ulid } from 'ulid';
import { createOrganiserKey } from '../../shared/organisers/organiser-key-store';
import { findRegistration } from '../../shared/registrations/registration-store';
import { ticketTokenFor } from '../../shared/security/ticket-token';
import { testEvent } from '../../test/support/test-event';
import { postJson, runClosedLoop, summarizeLoad, type LatencySummary } from '../closed-loop';
import { appOptions, prepareTables, withApiOnly, withLocalServices } from '../local-services';

const scanners = 20;
const tickets = 400;

export interface CheckInBenchRow {
  scenario: string;
  requests: number;
  scanners: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  perSecond: number;
  answers: string;
}

function row(scenario: string, summary: LatencySummary, expectedStatus: number): CheckInBenchRow {
  const unexpected = Object.entries(summary.httpStatuses).filter(([status]) => Number(status) !== expectedStatus);
  return {
    scenario,
    requests: summary.requests,
    scanners: summary.concurrency,
    p50Ms: Math.round(summary.p50Ms),
    p95Ms: Math.round(summary.p95Ms),
    p99Ms: Math.round(summary.p99Ms),
    maxMs: Math.round(summary.maxMs),
    perSecond: Math.round(summary.throughputPerSecond),
    answers: Object.entries(summary.httpStatuses).map(([status, count]) => `${count}×${status}`).join(' ') + (unexpected.length > 0 ? ' (unexpected!)' : ''),
  };
}

interface Attendee {
  registrationId: string;
}

async function registerAll(apiUrl: string, eventId: string, count: number): Promise<Attendee[]> {
  const run = await runClosedLoop(count, scanners, async (index) => {
    const { outcome, answer } = await postJson<{ registrationId: string }>(`${apiUrl}/events/${eventId}/registrations`, {
      firstName: 'Scan', lastName: `Person ${index}`, email: `scan.${index}.${ulid().toLowerCase()}@example.org`, organisation: 'Logismed',
      country: 'MA', participantType: 'company', sectors: ['ict'], programme: [], language: 'fr', consent: true, directoryOptIn: false,
      profile: { offer: 'Logistics', request: 'Partners' },
    });
    return { ...outcome, registrationId: answer.registrationId };
  });
  return run.outcomes.filter((outcome) => outcome.httpStatus === 201).map((outcome) => ({ registrationId: outcome.registrationId }));
}

/** The rows of the check-in benchmark (run in a child process by bench/checkin-part.ts). */
export async function runCheckInBenchmark(): Promise<{ rows: CheckInBenchRow[] }> {
  const event = testEvent({ capacity: tickets * 2 });
  return withLocalServices(async (services) => {
    await prepareTables(appOptions(services, [event]));
    return withApiOnly(async (apiUrl) => {
      const attendees = await registerAll(apiUrl, event.id, tickets);
      const { key } = await createOrganiserKey({ eventId: event.id, label: 'bench door', role: 'door-staff' });
      const headers = { authorization: `Bearer ${key}` };
      const tokens = await Promise.all(attendees.map((attendee) => ticketTokenFor(event.id, { registrationId: attendee.registrationId, ticketVersion: 0 })));
      const scan = (body: unknown) => postJson(`${apiUrl}/admin/events/${event.id}/check-ins`, body, headers).then(({ outcome }) => outcome);
      const half = Math.floor(tokens.length / 2);
      const first = await runClosedLoop(half, scanners, (index) => scan({ ticket: tokens[index] }));
      const repeat = await runClosedLoop(half, scanners, (index) => scan({ ticket: tokens[index] }));
      const codes = await codesOf(attendees.slice(half));
      const typed = await runClosedLoop(codes.length, scanners, (index) => scan({ code: codes[index] }));
      return {
        rows: [
          row('first scan (QR): check-in transaction', summarizeLoad(first, scanners, 201), 201),
          row('repeat scan (QR): already checked in', summarizeLoad(repeat, scanners, 200), 200),
          row('first scan (typed code)', summarizeLoad(typed, scanners, 201), 201),
        ],
      };
    });
  });
}

/** The typed codes of the attendees, read from their records (outside the timed runs). */
async function codesOf(attendees: Attendee[]): Promise<string[]> {
  const records = await Promise.all(attendees.map((attendee) => findRegistration(attendee.registrationId)));
  return records.flatMap((record) => (record?.ticketCode ? [record.ticketCode] : []));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCheckInBenchmark().then(
    ({ rows }) => {
      console.table(rows);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
