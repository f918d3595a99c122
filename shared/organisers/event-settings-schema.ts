import * as z from 'zod';
import { EventDefinition, MeetingSlot } from '../events/event-definition';

const shape = EventDefinition.shape;

/** What organisers may change on a live event (PATCH): each field replaces the current value. */
export const EventSettingsChange = z
  .strictObject({
    capacity: shape.capacity.optional(),
    registration: z.strictObject({ closed: z.boolean().optional(), deadline: shape.registration.shape.deadline.optional() }).optional(),
    programme: z
      .record(z.string().min(1).max(100), z.int().positive().nullable())
      .optional()
      .meta({ description: 'Places of programme items by item id (site visits…): each listed item gets this capacity; null removes its limit; items not listed keep theirs. Errors name `programme.<itemId>`.' }),
    meetings: z.strictObject({ slots: z.array(MeetingSlot).optional(), tablesPerSlot: z.int().positive().optional() }).optional(),
    pressContacts: shape.pressContacts.optional(),
    organiserRecipients: shape.organiserRecipients.optional(),
    summarySchedules: shape.summarySchedules.optional(),
    matchmaking: shape.matchmaking,
  })
  .meta({ id: 'EventSettingsChange' });
export type EventSettingsChange = z.infer<typeof EventSettingsChange>;

