import * as z from 'zod/mini';
import { EventDefinition, MeetingSlot } from '../events/event-definition';
import { withMeta } from '../openapi/schema-metadata';
import { lazySchema } from '../openapi/lazy-schema';

/** What organisers may change on a live event (PATCH): each field replaces the current value. */
export const EventSettingsChange = lazySchema(() => {
  const shape = EventDefinition.shape;
  return withMeta(z.strictObject({
    capacity: z.optional(shape.capacity),
    registration: z.optional(z.strictObject({ closed: z.optional(z.boolean()), deadline: z.optional(shape.registration.shape.deadline) })),
    programme: withMeta(z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(100)), z.nullable(z.int().check(z.positive())))), {
      description:
        'Places of programme items by item id (site visits…): each listed item gets this capacity; null removes its limit; items not listed keep theirs. Errors name `programme.<itemId>`.',
    }),
    meetings: z.optional(z.strictObject({ slots: z.optional(z.array(MeetingSlot)), tablesPerSlot: z.optional(z.int().check(z.positive())) })),
    pressContacts: z.optional(shape.pressContacts),
    organiserRecipients: z.optional(shape.organiserRecipients),
    summarySchedules: z.optional(shape.summarySchedules),
    matchmaking: shape.matchmaking,
  }), { id: 'EventSettingsChange' });
});
export type EventSettingsChange = z.infer<ReturnType<typeof EventSettingsChange>>;

