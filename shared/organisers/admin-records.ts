import type { RegistrationRecord } from '../registrations/registration-record';

/** A registration as organisers read it: with the hard-bounce mark SES feedback may have set. */
export type AdminRegistration = RegistrationRecord & {
  /** When an email to this address hard-bounced (docs/organisers.md, "SES feedback"). */
  emailUndeliverableAt?: string;
};

export const fullName = (record: { firstName: string; lastName: string }): string => `${record.firstName} ${record.lastName}`.trim();
