import * as z from 'zod/mini';

/** Settings of the mailer only, validated when its module loads. */
export const mailerSettings = z.object({
  /** Failed attempts (throttling excluded) before a confirmation is dead-lettered. */
  MAIL_MAX_ATTEMPTS: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(20)), 5),
  /** Attempts the SES client makes within one try (the SDK backs off between them). */
  SES_CLIENT_MAX_ATTEMPTS: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(10)), 6),
  /** How long a claimed confirmation stays reserved for the sender that claimed it. */
  MAIL_LEASE_SECONDS: z._default(z.coerce.number().check(z.int(), z.gte(10)), 300),
}).parse(process.env);
