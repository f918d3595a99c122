import * as z from 'zod/mini';
import { Language } from '../events/language';
import { ParticipantType, RegistrationStatus } from './registration-enums';
import { SchedulingPreferences } from './scheduling-preferences';
import { withMeta } from '../openapi/schema-metadata';
import { lazySchema } from '../openapi/lazy-schema';

/**
 * A registration as its holder reads it (GET and PATCH /registrations/{id}), apart from the request
 * schemas: creating a registration, the busiest cold start, need not construct it.
 */
export const RegistrationView = lazySchema(() => withMeta(z.object({
  registrationId: z.string(),
  eventId: z.string(),
  status: RegistrationStatus(),
  waitlistPosition: z.optional(z.int().check(z.positive())),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  organisation: z.string(),
  clusterId: z.optional(z.string()),
  country: z.string(),
  jobTitle: z.optional(z.string()),
  participantType: ParticipantType(),
  sectors: z.array(z.string()),
  programme: z.array(z.string()),
  language: Language,
  accessibilityNeeds: z.optional(z.string()),
  consentVersion: withMeta(z.optional(z.string()), { description: 'The version of the consent text agreed to, when the registration said.' }),
  directoryOptIn: z.boolean(),
  digestOptIn: z.boolean(),
  /** When the participant asked for the digest (absent when they have not). */
  digestOptInAt: z.optional(z.string()),
  profile: z.object({ offer: z.string(), request: z.string(), offerTags: z.array(z.string()), requestTags: z.array(z.string()) }),
  unavailableSlotIds: z.array(z.string()),
  schedulingPreferences: z.optional(SchedulingPreferences()),
  createdAt: z.string(),
  updatedAt: z.string(),
  cancelledAt: z.optional(z.string()),
  ticket: withMeta(z.optional(z.object({
      token: withMeta(z.string(), { description: 'The signed ticket token: the content of the QR code shown at the door.' }),
      code: withMeta(z.string(), { description: 'The code to type when the QR code cannot be scanned (`ABCD-EFGH`).' }),
    })), { description: 'The door ticket of a confirmed seat (GET /registrations/{id} only; docs/check-in.md).' }),
}), { id: 'Registration' }));
export type RegistrationView = z.infer<ReturnType<typeof RegistrationView>>;
