import * as z from 'zod';
import { participantTypes, registrationStatuses } from '../registrations/registration-vocabulary';

/** A scan at the door: the QR code's ticket token, or the code typed from the ticket. */
export const CheckInRequest = z
  .strictObject({
    ticket: z.string().min(1).max(200).optional().meta({ description: 'The content of the ticket QR code.' }),
    code: z.string().min(1).max(20).optional().meta({ description: 'The ticket code as typed (`ABCD-EFGH`; case, spaces and hyphens do not matter).' }),
    scannedAt: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({ description: 'When the scan happened, for scans queued offline; later than now counts as now.' }),
  })
  .refine((body) => (body.ticket === undefined) !== (body.code === undefined), { message: 'send exactly one of ticket and code', path: ['ticket'] })
  .meta({ id: 'CheckInRequest' });
export type CheckInRequest = z.output<typeof CheckInRequest>;

export const CheckInResult = z
  .object({
    outcome: z.enum(['checked-in', 'already-checked-in', 'not-admitted']),
    alreadyCheckedIn: z.boolean(),
    /** When the attendee was first checked in (the first scan), for `checked-in` and `already-checked-in`. */
    checkedInAt: z.string().optional(),
    reason: z.enum(['waitlisted', 'cancelled', 'revoked']).optional().meta({ description: 'Why a `not-admitted` ticket does not open the door.' }),
    attendee: z.object({
      registrationId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      organisation: z.string(),
      country: z.string(),
      participantType: z.enum(participantTypes),
      status: z.enum(registrationStatuses),
    }),
  })
  .meta({ id: 'CheckInResult' });
export type CheckInResult = z.infer<typeof CheckInResult>;
