import * as z from 'zod/mini';
import { participantTypes, registrationStatuses } from '../registrations/registration-vocabulary';
import { lazySchema } from '../openapi/lazy-schema';

/**
 * The registration's enums as schemas, apart from the request bodies of `registration-api.ts`: the
 * attendee's and the organiser's views name them, and a route that only reads or cancels a
 * registration need not construct the create and change bodies (docs/deployment.md).
 */
export const ParticipantType = lazySchema(() => z.enum(participantTypes));
export const RegistrationStatus = lazySchema(() => z.enum(registrationStatuses));
export type RegistrationStatus = z.infer<ReturnType<typeof RegistrationStatus>>;
