import * as z from 'zod/mini';
import { Language } from '../events/language';
import { CountryCode } from './country-code';
import { consentVersion } from './consent-version';
import { emailAddress, multiLine, singleLine } from './text-fields';
import { ParticipantType, type RegistrationStatus } from './registration-enums';
import { keepFreeBlocksLimit, SchedulingPreferences } from './scheduling-preferences';
import { withMeta } from '../openapi/schema-metadata';
import { lazySchema } from '../openapi/lazy-schema';

// Re-exported for the modules that still read the words from here; new code imports the vocabulary.
export { participantTypes } from '../registrations/registration-vocabulary';
export { ParticipantType, RegistrationStatus } from './registration-enums';
export { SchedulingPreferences } from './scheduling-preferences';

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
  keepFreeBlocks: keepFreeBlocksLimit,
} as const;

const Id = () => z.string().check(z.regex(/^[a-z0-9-]{1,80}$/, 'must be an id from the event'));
const uniqueIds = (max: number, min = 0) =>
  z.array(Id()).check(
    z.minLength(min, `must list at least ${min}`),
    z.maxLength(max, `must list at most ${max}`),
    z.refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id'),
  );

/** What one offers and looks for: free texts, and tags of the event's taxonomy (docs/matchmaking.md). */
const profileFields = () => ({
  offer: multiLine(limits.profileText),
  request: multiLine(limits.profileText),
  offerTags: uniqueIds(limits.tags),
  requestTags: uniqueIds(limits.tags),
});
const Profile = () => {
  const fields = profileFields();
  return z.strictObject({
    offer: z._default(fields.offer, ''),
    request: z._default(fields.request, ''),
    offerTags: z._default(fields.offerTags, []),
    requestTags: z._default(fields.requestTags, []),
  });
};
/** A change of profile: each field given replaces the current one (no defaults, which would erase). */
const ProfileChange = () => z.partial(z.strictObject(profileFields()));
const emptyProfile = { offer: '', request: '', offerTags: [], requestTags: [] };

/**
 * The details a person gives about themselves, with their rules: the registration takes them, and a
 * change of registration may correct them (the same limits and messages in both).
 */
const personFields = () => ({
  firstName: singleLine(limits.name),
  lastName: singleLine(limits.name),
  phone: z.string().check(z.trim(), z.regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +212522000000')),
  organisation: singleLine(limits.organisation),
  country: CountryCode(),
  jobTitle: singleLine(limits.jobTitle),
  sectors: uniqueIds(limits.sectors, 1),
  accessibilityNeeds: multiLine(limits.accessibilityNeeds),
});

export const RegistrationRequest = lazySchema(() => {
  const person = personFields();
  return withMeta(z.strictObject({
    firstName: person.firstName,
    lastName: person.lastName,
    email: emailAddress(),
    phone: z.optional(person.phone),
    organisation: person.organisation,
    clusterId: z.optional(Id()),
    country: person.country,
    jobTitle: z.optional(person.jobTitle),
    participantType: z._default(ParticipantType(), 'cluster-manager'),
    sectors: person.sectors,
    programme: z._default(uniqueIds(limits.programme), []),
    language: Language,
    accessibilityNeeds: z.optional(person.accessibilityNeeds),
    consent: z.literal(true, 'must be true: registration needs consent to process your data'),
    consentVersion: withMeta(z.optional(consentVersion()), { description: 'The version of the consent text the person agreed to (the web form sends the one it shows); kept with the registration.' }),
    directoryOptIn: z.boolean(),
    /** The "people you should meet" email before the event (docs/matchmaking.md, "Digest"); off unless asked for. */
    digestOptIn: z._default(z.boolean(), false),
    profile: z._default(Profile(), emptyProfile),
  }), { id: 'RegistrationRequest' });
});
export type RegistrationRequest = z.output<ReturnType<typeof RegistrationRequest>>;


export const RegistrationCreated = lazySchema(() => withMeta(z.object({
  registrationId: z.string(),
  status: z.enum(['confirmed', 'waitlisted'] satisfies RegistrationStatus[]),
  waitlistPosition: z.optional(z.int().check(z.positive())),
  manageToken: withMeta(z.string(), { description: 'Returned once; send it as "Authorization: Bearer <token>".' }),
}), { id: 'RegistrationCreated' }));
export type RegistrationCreated = z.infer<ReturnType<typeof RegistrationCreated>>;

/** The fields a change may name; the email is not one (docs/registrations.md, "Correcting one's details"). */
const changeableFields = [
  'firstName', 'lastName', 'organisation', 'jobTitle', 'phone', 'country', 'sectors', 'accessibilityNeeds',
  'profile', 'programme', 'language', 'directoryOptIn', 'digestOptIn', 'unavailableSlotIds', 'schedulingPreferences',
] as const;

/** An optional detail that a change may also remove, with `null`. */
const removable = <T extends z.core.$ZodType>(schema: T) =>
  withMeta(z.optional(z.nullable(schema)), { description: 'null removes it.' });

export const RegistrationUpdate = lazySchema(() => {
  const person = personFields();
  return withMeta(z.strictObject({
    firstName: z.optional(person.firstName),
    lastName: z.optional(person.lastName),
    organisation: z.optional(person.organisation),
    jobTitle: removable(person.jobTitle),
    phone: removable(person.phone),
    country: z.optional(person.country),
    sectors: z.optional(person.sectors),
    accessibilityNeeds: removable(person.accessibilityNeeds),
    profile: z.optional(ProfileChange()),
    programme: z.optional(uniqueIds(limits.programme)),
    language: z.optional(Language),
    directoryOptIn: z.optional(z.boolean()),
    digestOptIn: z.optional(z.boolean()),
    /** Meeting slots you cannot attend; replaces the previous list. */
    unavailableSlotIds: z.optional(z.array(z.string().check(z.regex(/^[A-Za-z0-9-]{1,80}$/, 'must be a meeting slot id of the event'))).check(z.maxLength(500), z.refine((ids) => new Set(ids).size === ids.length, 'must not repeat a slot'))),
    schedulingPreferences: z.optional(SchedulingPreferences()),
  }).check(
    z.refine((update) => Object.keys(update).length > 0, `must change at least one of ${changeableFields.join(', ')}`),
  ), {
    id: 'RegistrationUpdate',
    description: 'The fields given replace the current ones; the others stay. The email cannot be changed: it is the registration\'s identity (one registration per address and event) and a new address would first have to be verified.',
  });
});
export type RegistrationUpdate = z.output<ReturnType<typeof RegistrationUpdate>>;
