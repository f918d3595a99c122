import * as z from 'zod/mini';
import { MatchmakingSettingsSchema } from '../matchmaking/taxonomy-schema';
import { eventConsistencyIssues, type CheckedEvent } from './event-consistency';
import { eventDefaults } from './event-defaults';
import { Language } from './language';
import { oneLine } from '../api/text-fields';
import { schedulerCronProblem } from './schedule-cron';
import { validFields } from '../validation';

export { Language } from './language';

// An event's texts are one line: its name is the From display name and ends every Subject, a contact's
// name is the To of the emails they get. The mailer cleans headers anyway; the API refuses at the door.
const Line = () => z.string().check(z.minLength(1), oneLine());
const Translated = z.strictObject({ fr: Line(), en: Line(), ar: Line() });
const IsoDate = z.iso.date();
const IsoDateTimeWithOffset = z.iso.datetime({ offset: true });
const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code'));
const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'));

// A summary schedule's expression as EventBridge Scheduler takes it: refused here rather than at the next deploy.
const SchedulerCron = z.string().check(z.startsWith('cron('), z.superRefine((expression, context) => {
  const problem = expression.startsWith('cron(') ? schedulerCronProblem(expression) : undefined;
  if (problem) context.addIssue({ code: 'custom', message: problem, input: expression });
}));

const timeRange = { start: IsoDateTimeWithOffset, end: IsoDateTimeWithOffset };
// Checked once start and end are date-times, even when another field of the item is malformed: one 400 names both.
const startsBeforeEnd = z.refine<{ start: string; end: string }>((range) => Date.parse(range.start) < Date.parse(range.end), {
  message: 'start must be before end',
  when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'start' || issue.path?.[0] === 'end'),
});

export const ProgrammeItem = z.strictObject({
  ...timeRange,
  id: Slug,
  kind: z.enum(['plenary', 'training', 'bilateral-meetings', 'networking', 'site-visit']),
  title: Translated,
  /** Seats for items that need their own booking (site visits); absent = no limit beyond the event's. */
  capacity: z.optional(z.int().check(z.positive())),
}).check(startsBeforeEnd);

export const MeetingSlot = z.strictObject({ ...timeRange, id: z.string().check(z.regex(/^[A-Za-z0-9-]+$/)) }).check(startsBeforeEnd);

const Contact = z.strictObject({
  name: Line(),
  organisation: Line(),
  email: z.email(),
  language: Language,
});

/** The fields of an event, each checked alone: `EventDefinition` adds the rules across them. */
const EventFields = z.strictObject({
  id: Slug.check(z.minLength(3), z.maxLength(64)),
  name: Translated,
  edition: z.optional(z.int().check(z.positive())),
  description: z.optional(Translated),
  startDate: IsoDate,
  endDate: IsoDate,
  timeZone: z.string().check(z.minLength(1)),
  venue: z.strictObject({ name: z.string(), city: z.string(), country: CountryCode, address: z.nullable(z.string()) }),
  alongside: z.optional(z.strictObject({ name: z.string(), edition: z.int().check(z.positive()), description: Translated })),
  organisers: z.array(z.strictObject({ name: z.string(), role: z.enum(['organiser', 'supporter']), url: z.optional(z.url()) })),
  sectors: z.array(z.strictObject({ id: Slug, labels: Translated })).check(z.minLength(1)),
  clusters: z.array(z.strictObject({ id: Slug, name: z.string().check(z.minLength(1)), country: CountryCode })),
  programme: z.array(ProgrammeItem),
  capacity: z.int().check(z.positive()),
  registration: z.strictObject({ closed: z.boolean(), deadline: z.nullable(IsoDateTimeWithOffset) }),
  meetings: z.strictObject({
    slots: z.array(MeetingSlot),
    tablesPerSlot: z.int().check(z.positive()),
    maxPendingOutgoingRequests: z._default(z.int().check(z.positive()), eventDefaults.maxPendingOutgoingRequests),
    /** Pending requests expire this many hours before the event starts; null turns expiry off. */
    requestExpiryHoursBeforeStart: z.nullable(z.number().check(z.positive())),
    participantsPickSlots: z.boolean(),
    programmeSessionsBookable: z.boolean(),
  }),
  pressContacts: z.array(z.extend(z.omit(Contact, { organisation: true }), { organisation: z.string().check(oneLine()) })),
  organiserRecipients: z.array(z.strictObject({ email: z.email(), language: Language })),
  summarySchedules: z.array(z.strictObject({ id: Slug, cron: SchedulerCron, note: z.optional(z.string()) })),
  /** Taxonomy participants pick offers and requests from, and the pairing purpose; absent = no recommendations. */
  matchmaking: z.optional(MatchmakingSettingsSchema),
  /** Fields whose values are plausible defaults rather than facts from the organisers. */
  assumptions: z._default(z.array(z.strictObject({ field: z.string(), note: z.string() })), eventDefaults.assumptions),
});

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
/** Each entry of a list with the fields its schema accepts, at its own index (undefined when it is no list). */
const entries = <S extends z.ZodMiniObject>(schema: S, list: unknown) => (Array.isArray(list) ? list.map((entry) => validFields(schema, entry)) : undefined);

/**
 * The parts of a definition the schema accepts, down to each field of each list entry (`validFields`): what
 * the rules across fields read when the schema refuses some of it, so that a malformed field does not hide
 * a broken rule elsewhere.
 */
function partsThatParsed(value: unknown): CheckedEvent {
  const event = record(value);
  const shape = EventFields.shape;
  return {
    ...validFields(z.pick(EventFields, { startDate: true, endDate: true, timeZone: true }), event),
    programme: entries(ProgrammeItem, event.programme),
    sectors: entries(shape.sectors.def.element, event.sectors),
    clusters: entries(shape.clusters.def.element, event.clusters),
    summarySchedules: entries(shape.summarySchedules.def.element, event.summarySchedules),
    pressContacts: entries(shape.pressContacts.def.element, event.pressContacts),
    organiserRecipients: entries(shape.organiserRecipients.def.element, event.organiserRecipients),
    meetings: { slots: entries(MeetingSlot, record(event.meetings).slots) },
    matchmaking: { tags: entries(MatchmakingSettingsSchema.shape.tags.def.element, record(event.matchmaking).tags) },
  };
}

/**
 * One event, as stored in `data/events/<id>.json` and in the Registrations table. Every object is strict: a
 * misspelt key in an organiser's change (`capacty`) is refused by name instead of silently dropped. The rules
 * across fields (shared/events/event-consistency.ts) run even when some field is malformed, on the parts that
 * parsed, each rule broken named once beside the schema's errors.
 */
export const EventDefinition = EventFields.check(z.superRefine((event, context) => {
  const known = new Set(context.issues.map((issue) => (issue.path ?? []).join('.')));
  const parts: CheckedEvent = context.issues.length === 0 ? event : partsThatParsed(event);
  for (const issue of eventConsistencyIssues(parts)) {
    if (!known.has(issue.path.join('.'))) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
}, { when: () => true }));
export type EventDefinition = z.infer<typeof EventDefinition>;

