import * as z from 'zod/mini';
import { participantTypes, registrationStatuses } from '../registrations/registration-vocabulary';

/**
 * The registration's enums as schemas, apart from the request bodies of `registration-api.ts`: the
 * attendee's and the organiser's views name them, and a route that only reads or cancels a
 * registration need not construct the create and change bodies (docs/deployment.md).
 */
export const ParticipantType = z.enum(participantTypes);
export const RegistrationStatus = z.enum(registrationStatuses);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;
