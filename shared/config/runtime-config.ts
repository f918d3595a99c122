import * as z from 'zod';
import { parseEnvironment } from './environment-errors';

/**
 * Settings every function reads from its environment. Parsed once when a module first imports
 * it, so a misconfigured deployment fails on its first cold start with a message naming the
 * variables, instead of later with an obscure SDK error.
 */
const RuntimeConfigSchema = z.object({
  REGISTRATIONS_TABLE: z.string().min(3),
  MEETING_REQUESTS_TABLE: z.string().min(3),
  CONFIRMATIONS_TABLE: z.string().min(3),
  PUBLIC_BASE_URL: z.url().transform((url) => url.replace(/\/+$/, '')),
  SENDER_EMAIL: z.email(),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;

export function parseRuntimeConfig(environment: Record<string, string | undefined>): RuntimeConfig {
  return parseEnvironment(RuntimeConfigSchema, environment);
}

let cached: RuntimeConfig | undefined;

/** The validated configuration of this process (parsed on first use, then reused). */
export function runtimeConfig(): RuntimeConfig {
  cached ??= parseRuntimeConfig(process.env);
  return cached;
}
