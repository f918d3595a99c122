import * as z from 'zod';
import { Language } from '../events/event-definition';
import { ParticipantType, RegistrationStatus, SchedulingPreferences } from './registration-api';

/**
 * A registration as its holder reads it (GET and PATCH /registrations/{id}), apart from the request
 * schemas: creating a registration, the busiest cold start, need not construct it.
 */
export const RegistrationView = z
  .object({
    registrationId: z.string(),
    eventId: z.string(),
    status: RegistrationStatus,
    waitlistPosition: z.int().positive().optional(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    phone: z.string().optional(),
    organisation: z.string(),
    clusterId: z.string().optional(),
    country: z.string(),
    jobTitle: z.string().optional(),
    participantType: ParticipantType,
    sectors: z.array(z.string()),
    programme: z.array(z.string()),
    language: Language,
    accessibilityNeeds: z.string().optional(),
    consentVersion: z.string().optional().meta({ description: 'The version of the consent text agreed to, when the registration said.' }),
    directoryOptIn: z.boolean(),
    digestOptIn: z.boolean(),
    /** When the participant asked for the digest (absent when they have not). */
    digestOptInAt: z.string().optional(),
    profile: z.object({ offer: z.string(), request: z.string(), offerTags: z.array(z.string()), requestTags: z.array(z.string()) }),
    unavailableSlotIds: z.array(z.string()),
    schedulingPreferences: SchedulingPreferences.optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    cancelledAt: z.string().optional(),
    ticket: z
      .object({
        token: z.string().meta({ description: 'The signed ticket token: the content of the QR code shown at the door.' }),
        code: z.string().meta({ description: 'The code to type when the QR code cannot be scanned (`ABCD-EFGH`).' }),
      })
      .optional()
      .meta({ description: 'The door ticket of a confirmed seat (GET /registrations/{id} only; docs/check-in.md).' }),
  })
  .meta({ id: 'Registration' });
export type RegistrationView = z.infer<typeof RegistrationView>;
