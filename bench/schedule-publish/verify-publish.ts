/**
 * Cheap end-of-run checks, read back from the tables and the local SES: what the organiser's view
 * says, what was booked (nobody twice in a slot, no slot over its tables) and who was emailed (one
 * agenda per participant with a meeting, each handed to SES).
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../../shared/storage/dynamo-client';
import type { RunBody } from './admin-client';

export interface VerifyInput {
  eventId: string;
  meetings: number;
  tablesPerSlot: number;
  final: RunBody;
  tables: { meetingRequests: string; confirmations: string };
  sesEndpoint: string;
  deadLetters: number;
}

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

type Item = Record<string, unknown>;

async function scanAll(tableName: string): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await dynamo().send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail });

function bookingChecks(confirmed: Item[], input: VerifyInput): Check[] {
  const seats = confirmed.flatMap((item) => [`${item.slotId}#${item.fromRegistrationId}`, `${item.slotId}#${item.toRegistrationId}`]);
  const perSlot = Map.groupBy(confirmed, (item) => String(item.slotId));
  const fullest = Math.max(0, ...[...perSlot.values()].map((meetings) => meetings.length));
  return [
    check('confirmed meetings = M', confirmed.length === input.meetings, `${confirmed.length} of ${input.meetings}`),
    check('nobody twice in a slot', new Set(seats).size === seats.length, `${seats.length - new Set(seats).size} double bookings`),
    check('tables per slot respected', fullest <= input.tablesPerSlot, `fullest slot ${fullest} of ${input.tablesPerSlot}`),
  ];
}

async function emailChecks(confirmed: Item[], input: VerifyInput): Promise<Check[]> {
  const people = new Set(confirmed.flatMap((item) => [String(item.fromRegistrationId), String(item.toRegistrationId)]));
  const agendas = (await scanAll(input.tables.confirmations)).filter(
    (item) => item.eventId === input.eventId && (item.message as { kind?: string } | undefined)?.kind === 'schedule-published',
  );
  const subjects = agendas.map((item) => String(item.subjectId));
  const onePerPerson = subjects.length === people.size && new Set(subjects).size === subjects.length && subjects.every((id) => people.has(id));
  const unsent = agendas.filter((item) => !['sent', 'delivered'].includes(String(item.status))).length;
  const { emails } = (await (await fetch(`${input.sesEndpoint}/store`)).json()) as { emails: { attachments: { filename: string }[] }[] };
  const delivered = emails.filter((email) => email.attachments.some((file) => file.filename === `${input.eventId}-agenda.ics`)).length;
  return [
    check('one agenda email per participant with a meeting', onePerPerson, `${subjects.length} records, ${new Set(subjects).size} people, ${people.size} with a meeting`),
    check('every agenda email sent', unsent === 0, `${unsent} not sent`),
    check('local SES received every agenda', delivered === people.size, `${delivered} of ${people.size}`),
    check('no dead letters', input.deadLetters === 0, `${input.deadLetters}`),
  ];
}

function runChecks(input: VerifyInput): Check[] {
  const notPlaced = (input.final.placements ?? []).filter((placement) => placement.status !== 'placed').length;
  return [
    check('every placement placed', notPlaced === 0 && input.final.counts.placed === input.meetings, `${input.final.counts.placed} placed, ${notPlaced} not`),
    check('no conflicts', input.final.counts.conflicts === 0, `${input.final.counts.conflicts}`),
  ];
}

export async function verifyPublish(input: VerifyInput): Promise<Check[]> {
  const confirmed = (await scanAll(input.tables.meetingRequests)).filter(
    (item) => item.entityType === 'meeting-request' && item.eventId === input.eventId && item.status === 'confirmed',
  );
  return [...runChecks(input), ...bookingChecks(confirmed, input), ...(await emailChecks(confirmed, input))];
}
