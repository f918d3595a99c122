import * as z from 'zod';

/** Settings of the mailer only, validated when its module loads. */
export const mailerSettings = z
  .object({
    /** Failed attempts (throttling excluded) before a confirmation is dead-lettered. */
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    /** Attempts the SES client makes within one try (the SDK backs off between them). */
    SES_CLIENT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(6),
    /** How long a claimed confirmation stays reserved for the sender that claimed it. */
    MAIL_LEASE_SECONDS: z.coerce.number().int().min(10).default(300),
  })
  .parse(process.env);
