import type { AgendaEntry } from '../email/email-message';
import type { EventDefinition } from '../events/event-definition';
import type { RegistrationRecord } from '../registrations/registration-record';
import { runtimeConfig } from '../config/runtime-config';
import { batchGetAll } from '../storage/batch-get';
import { registrationKey } from '../storage/keys';
import { findSlot } from './bookable-slots';
import { participationsOf, type Participation } from './meeting-store';

export interface AgendaItem extends AgendaEntry {
  title?: string;
  sequence?: number;
  slotId?: string;
  counterpartProfile?: Pick<RegistrationRecord, 'registrationId' | 'firstName' | 'lastName' | 'organisation' | 'country'>;
}

/** The counterparts of a participant's meetings, read in batches (one read for up to 100 of them). */
async function counterpartsOf(participations: readonly Participation[]): Promise<Map<string, RegistrationRecord>> {
  const keys = [...new Set(participations.map((participation) => participation.counterpartId))].map(registrationKey);
  const records = await batchGetAll<RegistrationRecord>(runtimeConfig().REGISTRATIONS_TABLE, keys, { consistent: true });
  return new Map(records.map((record) => [record.registrationId, record]));
}

async function meetingItems(event: EventDefinition, registrationId: string): Promise<AgendaItem[]> {
  const confirmed = (await participationsOf(registrationId)).filter((participation) => participation.status === 'confirmed' && participation.slotId);
  const counterparts = await counterpartsOf(confirmed);
  return confirmed.map((participation) => {
    const slot = findSlot(event, participation.slotId!)!;
    const other = counterparts.get(participation.counterpartId);
    const counterpartProfile = other && {
      registrationId: other.registrationId,
      firstName: other.firstName,
      lastName: other.lastName,
      organisation: other.organisation,
      country: other.country,
    };
    return {
      kind: 'meeting' as const,
      id: slot.id,
      slotId: slot.id,
      start: slot.start,
      end: slot.end,
      table: participation.table!,
      sequence: participation.sequence,
      meetingRequestId: participation.meetingRequestId,
      ...(counterpartProfile ? { counterpartProfile, counterpart: `${counterpartProfile.firstName} ${counterpartProfile.lastName} (${counterpartProfile.organisation})` } : {}),
    };
  });
}

/**
 * The programme items a registration holds: a confirmed attendee's choices. A waiting attendee's
 * choices are wishes without a seat, and a cancelled one gave its seats back: neither is on the
 * agenda, nor in the calendar feed a calendar app keeps showing as confirmed.
 */
export function heldProgramme(event: EventDefinition, record: RegistrationRecord): EventDefinition['programme'] {
  if (record.status !== 'confirmed') return [];
  return event.programme.filter((item) => record.programme.includes(item.id));
}

function programmeItems(event: EventDefinition, record: RegistrationRecord): AgendaItem[] {
  return heldProgramme(event, record)
    .map((item) => ({ kind: 'programme' as const, id: item.id, start: item.start, end: item.end, title: item.title[record.language] }));
}

/** A participant's confirmed meetings and the programme items they hold, in time order. */
export async function agendaOf(event: EventDefinition, record: RegistrationRecord): Promise<AgendaItem[]> {
  const items = [...(await meetingItems(event, record.registrationId)), ...programmeItems(event, record)];
  return items.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The agenda as the agenda emails carry it (times, tables, counterparts; no profiles). */
export async function agendaEntriesOf(event: EventDefinition, record: RegistrationRecord): Promise<AgendaEntry[]> {
  return (await agendaOf(event, record)).map(({ kind, id, start, end, table, counterpart, counterpartProfile, meetingRequestId }) => ({
    kind,
    id,
    start,
    end,
    ...(table === undefined ? {} : { table }),
    ...(counterpart === undefined ? {} : { counterpart }),
    ...(counterpartProfile === undefined ? {} : { counterpartId: counterpartProfile.registrationId }),
    ...(meetingRequestId === undefined ? {} : { meetingRequestId }),
  }));
}
