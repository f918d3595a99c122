import { checkEnvironment, rules } from '../config/environment-errors';

/**
 * Settings of the mailer only, validated when its module loads. Checked by hand like
 * runtime-config.ts: building and running a zod schema here put zod's core into the mailer's
 * first module and cost its cold start some 20-40 ms of CPU (docs/benchmarks.md, part 1).
 */
export interface MailerSettings {
  /** Failed attempts (throttling excluded) before a confirmation is dead-lettered. */
  MAIL_MAX_ATTEMPTS: number;
  /** Attempts the SES client makes within one try (the SDK backs off between them). */
  SES_CLIENT_MAX_ATTEMPTS: number;
  /** How long a claimed confirmation stays reserved for the sender that claimed it. */
  MAIL_LEASE_SECONDS: number;
}

const mailerRules = {
  MAIL_MAX_ATTEMPTS: rules.optional(rules.wholeNumber(1, 20)),
  SES_CLIENT_MAX_ATTEMPTS: rules.optional(rules.wholeNumber(1, 10)),
  MAIL_LEASE_SECONDS: rules.optional(rules.wholeNumber(10)),
};

const defaults: MailerSettings = { MAIL_MAX_ATTEMPTS: 5, SES_CLIENT_MAX_ATTEMPTS: 6, MAIL_LEASE_SECONDS: 300 };

export function parseMailerSettings(environment: Record<string, string | undefined>): MailerSettings {
  checkEnvironment(mailerRules, environment);
  const setting = (name: keyof MailerSettings) => (environment[name] === undefined ? defaults[name] : Number(environment[name]));
  return { MAIL_MAX_ATTEMPTS: setting('MAIL_MAX_ATTEMPTS'), SES_CLIENT_MAX_ATTEMPTS: setting('SES_CLIENT_MAX_ATTEMPTS'), MAIL_LEASE_SECONDS: setting('MAIL_LEASE_SECONDS') };
}

export const mailerSettings: MailerSettings = parseMailerSettings(process.env);
