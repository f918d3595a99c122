import * as z from 'zod';
import { Language } from '../events/event-definition';
import { countryCodes } from '../geo/countries';
import { consentVersion } from './consent-version';
import { emailAddress, multiLine, singleLine } from './text-fields';
import { participantTypes, registrationStatuses } from '../registrations/registration-vocabulary';

// Re-exported for the modules that still read the words from here; new code imports the vocabulary.
export { participantTypes } from '../registrations/registration-vocabulary';
export const ParticipantType = z.enum(participantTypes);

export const limits = {
  name: 100,
  organisation: 200,
  jobTitle: 120,
  accessibilityNeeds: 500,
  profileText: 1_000,
  sectors: 6,
  programme: 20,
  /** Taxonomy tags picked for what one offers, and again for what one looks for. */
  tags: 12,
  /** Blocks of meeting slots to keep free (scheduling preferences). */
  keepFreeBlocks: 10,
} as const;

const Country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => countryCodes.has(code), 'must be an ISO 3166-1 alpha-2 country code');
const Id = z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be an id from the event');
const uniqueIds = (max: number, min = 0) =>
  z
    .array(Id)
    .min(min, `must list at least ${min}`)
    .max(max, `must list at most ${max}`)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id');

/** What one offers and looks for: free texts, and tags of the event's taxonomy (docs/matchmaking.md). */
const profileFields = {
  offer: multiLine(limits.profileText),
  request: multiLine(limits.profileText),
  offerTags: uniqueIds(limits.tags),
  requestTags: uniqueIds(limits.tags),
};
export const Profile = z.strictObject({
  offer: profileFields.offer.default(''),
  request: profileFields.request.default(''),
  offerTags: profileFields.offerTags.default([]),
  requestTags: profileFields.requestTags.default([]),
});
/** A change of profile: each field given replaces the current one (no defaults, which would erase). */
const ProfileChange = z.strictObject(profileFields).partial();
const emptyProfile = { offer: '', request: '', offerTags: [], requestTags: [] };

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24-hour clock, event time)');
const SlotId = z.string().regex(/^[A-Za-z0-9-]{1,80}$/, 'must be a meeting slot id of the event');
/** A block to keep free: the meeting slots from `fromSlotId` to `toSlotId`, both included. */
const SlotRange = z.strictObject({ fromSlotId: SlotId, toSlotId: SlotId });

/**
 * When one would rather meet, for "Schedule all" (docs/scheduling.md, "Wishes"): soft wishes, honoured when
 * the schedule allows, never a reason to leave a meeting out. Replaced as a whole; `{}` clears them.
 */
export const SchedulingPreferences = z
  .strictObject({
    preferredDay: z.iso.date('must be a date YYYY-MM-DD').optional().meta({ description: 'A day of the event with meeting slots' }),
    earliest: LocalTime.optional().meta({ description: 'No meeting starting before this time' }),
    latest: LocalTime.optional().meta({ description: 'No meeting ending after this time' }),
    keepFree: z.array(SlotRange).max(limits.keepFreeBlocks, `must list at most ${limits.keepFreeBlocks} blocks`).optional(),
  })
  .meta({ id: 'SchedulingPreferences' });
export type SchedulingPreferences = z.output<typeof SchedulingPreferences>;

export const RegistrationRequest = z
  .strictObject({
    firstName: singleLine(limits.name),
    lastName: singleLine(limits.name),
    email: emailAddress,
    phone: z
      .string()
      .trim()
      .regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +212522000000')
      .optional(),
    organisation: singleLine(limits.organisation),
    clusterId: Id.optional(),
    country: Country,
    jobTitle: singleLine(limits.jobTitle).optional(),
    participantType: ParticipantType.default('cluster-manager'),
    sectors: uniqueIds(limits.sectors, 1),
    programme: uniqueIds(limits.programme).default([]),
    language: Language,
    accessibilityNeeds: multiLine(limits.accessibilityNeeds).optional(),
    consent: z.literal(true, 'must be true: registration needs consent to process your data'),
    consentVersion: consentVersion.optional().meta({ description: 'The version of the consent text the person agreed to (the web form sends the one it shows); kept with the registration.' }),
    directoryOptIn: z.boolean(),
    /** The "people you should meet" email before the event (docs/matchmaking.md, "Digest"); off unless asked for. */
    digestOptIn: z.boolean().default(false),
    profile: Profile.default(emptyProfile),
  })
  .meta({ id: 'RegistrationRequest' });
export type RegistrationRequest = z.output<typeof RegistrationRequest>;

export const RegistrationStatus = z.enum(registrationStatuses);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

export const RegistrationCreated = z
  .object({
    registrationId: z.string(),
    status: RegistrationStatus.exclude(['cancelled']),
    waitlistPosition: z.int().positive().optional(),
    manageToken: z.string().meta({ description: 'Returned once; send it as "Authorization: Bearer <token>".' }),
  })
  .meta({ id: 'RegistrationCreated' });
export type RegistrationCreated = z.infer<typeof RegistrationCreated>;

export const RegistrationUpdate = z
  .strictObject({
    profile: ProfileChange.optional(),
    programme: uniqueIds(limits.programme).optional(),
    language: Language.optional(),
    directoryOptIn: z.boolean().optional(),
    digestOptIn: z.boolean().optional(),
    /** Meeting slots you cannot attend; replaces the previous list. */
    unavailableSlotIds: z
      .array(z.string().regex(/^[A-Za-z0-9-]{1,80}$/, 'must be a meeting slot id of the event'))
      .max(500)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a slot')
      .optional(),
    schedulingPreferences: SchedulingPreferences.optional(),
  })
  .refine(
    (update) => Object.keys(update).length > 0,
    'must change at least one of profile, programme, language, directoryOptIn, digestOptIn, unavailableSlotIds, schedulingPreferences',
  )
  .meta({ id: 'RegistrationUpdate' });
export type RegistrationUpdate = z.output<typeof RegistrationUpdate>;
