import * as z from 'zod/mini';
import type { EventDefinition } from '../events/event-definition';
import { withMeta } from '../openapi/schema-metadata';
import { lazySchema } from '../openapi/lazy-schema';

const Labels = () => z.object({ fr: z.string(), en: z.string(), ar: z.string() });

export const EventResponse = lazySchema(() => withMeta(z.object({
  id: z.string(),
  name: Labels(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  timeZone: z.string(),
  venue: z.object({ name: z.string(), city: z.string(), country: z.string(), address: z.nullable(z.string()) }),
  alongside: z.optional(z.object({ name: z.string(), edition: z.int() })),
  organisers: z.array(z.object({ name: z.string(), role: z.string() })),
  sectors: z.array(z.object({ id: z.string(), labels: Labels() })),
  clusters: z.array(z.object({ id: z.string(), name: z.string(), country: z.string() })),
  programme: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: Labels(),
      start: z.iso.datetime({ offset: true }),
      end: z.iso.datetime({ offset: true }),
      capacity: z.optional(z.int()),
      remainingPlaces: withMeta(z.optional(z.int().check(z.gte(0))), { description: 'Places still free in an item with a capacity (a count, never who took them); 0 = full.' }),
    }),
  ),
  meetingSlots: z.array(z.object({ id: z.string(), start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) })),
  meetingTablesPerSlot: z.int(),
  participantsPickSlots: withMeta(z.boolean(), { description: 'false: the organisers place every meeting ("Schedule all"); a recipient accepts without a slot and no one moves a meeting.' }),
  capacity: z.int(),
  registrationOpen: z.boolean(),
  registrationDeadline: z.nullable(z.iso.datetime({ offset: true })),
  assumptions: z.array(z.object({ field: z.string(), note: z.string() })),
  /** The tags participants pick offers and requests from (labels only; keywords stay server-side). */
  matchmakingTags: z.array(z.object({ id: z.string(), kind: z.enum(['topic', 'cooperation']), sectorId: z.optional(z.string()), labels: Labels() })),
}), { id: 'Event' }));
export type EventResponse = z.infer<ReturnType<typeof EventResponse>>;

/** `programmeSeats`: places taken per programme item with a capacity (the event counters). */
export function toEventResponse(event: EventDefinition, registrationOpen: boolean, programmeSeats: Record<string, number> = {}): EventResponse {
  return {
    id: event.id,
    name: event.name,
    startDate: event.startDate,
    endDate: event.endDate,
    timeZone: event.timeZone,
    venue: event.venue,
    ...(event.alongside ? { alongside: { name: event.alongside.name, edition: event.alongside.edition } } : {}),
    organisers: event.organisers.map(({ name, role }) => ({ name, role })),
    sectors: event.sectors,
    clusters: event.clusters,
    programme: event.programme.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      start: item.start,
      end: item.end,
      ...(item.capacity === undefined ? {} : { capacity: item.capacity, remainingPlaces: Math.max(0, item.capacity - (programmeSeats[item.id] ?? 0)) }),
    })),
    meetingSlots: event.meetings.slots,
    meetingTablesPerSlot: event.meetings.tablesPerSlot,
    participantsPickSlots: event.meetings.participantsPickSlots,
    capacity: event.capacity,
    registrationOpen,
    registrationDeadline: event.registration.deadline,
    assumptions: event.assumptions,
    matchmakingTags: (event.matchmaking?.tags ?? []).map(({ id, kind, sectorId, labels }) => ({ id, kind, ...(sectorId ? { sectorId } : {}), labels })),
  };
}
