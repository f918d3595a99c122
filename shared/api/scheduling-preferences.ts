import * as z from 'zod/mini';
import { withMeta } from '../openapi/schema-metadata';
import { lazySchema } from '../openapi/lazy-schema';

/** Blocks of meeting slots one may ask to keep free. */
export const keepFreeBlocksLimit = 10;

const LocalTime = () => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24-hour clock, event time)'));
const SlotId = () => z.string().check(z.regex(/^[A-Za-z0-9-]{1,80}$/, 'must be a meeting slot id of the event'));
/** A block to keep free: the meeting slots from `fromSlotId` to `toSlotId`, both included. */
export const SlotRange = () => z.strictObject({ fromSlotId: SlotId(), toSlotId: SlotId() });

/**
 * When one would rather meet, for "Schedule all" (docs/scheduling.md, "Wishes"): soft wishes, honoured when
 * the schedule allows, never a reason to leave a meeting out. Replaced as a whole; `{}` clears them.
 * Its own module: the registration change and the attendee's view read it, the create body does not.
 */
export const SchedulingPreferences = lazySchema(() => withMeta(z.strictObject({
  preferredDay: withMeta(z.optional(z.iso.date('must be a date YYYY-MM-DD')), { description: 'A day of the event with meeting slots' }),
  earliest: withMeta(z.optional(LocalTime()), { description: 'No meeting starting before this time' }),
  latest: withMeta(z.optional(LocalTime()), { description: 'No meeting ending after this time' }),
  keepFree: z.optional(z.array(SlotRange()).check(z.maxLength(keepFreeBlocksLimit, `must list at most ${keepFreeBlocksLimit} blocks`))),
}), { id: 'SchedulingPreferences' }));
export type SchedulingPreferences = z.output<ReturnType<typeof SchedulingPreferences>>;
