import { checkEnvironment, rules } from './environment-errors';

const logLevels = ['debug', 'info', 'warn', 'error'] as const;

/**
 * Settings every function reads from its environment. Parsed once, on first use, so a
 * misconfigured deployment fails on its first request with a message naming the variables,
 * instead of later with an obscure SDK error.
 */
export interface RuntimeConfig {
  REGISTRATIONS_TABLE: string;
  MEETING_REQUESTS_TABLE: string;
  CONFIRMATIONS_TABLE: string;
  /** Without trailing slashes, so links are built as `${PUBLIC_BASE_URL}/path`. */
  PUBLIC_BASE_URL: string;
  /**
   * The web app's origin, base of the links in emails (`/{language}/registrations/…#token=…`).
   * Unset: the web app is served on PUBLIC_BASE_URL. In AWS only the email workers get the
   * CloudFront domain (the API functions cannot: the distribution depends on the API).
   */
  WEB_BASE_URL?: string;
  SENDER_EMAIL: string;
  SES_CONFIGURATION_SET?: string;
  LOG_LEVEL: (typeof logLevels)[number];
}

const runtimeRules = {
  REGISTRATIONS_TABLE: rules.atLeast(3),
  MEETING_REQUESTS_TABLE: rules.atLeast(3),
  CONFIRMATIONS_TABLE: rules.atLeast(3),
  PUBLIC_BASE_URL: rules.url(),
  WEB_BASE_URL: rules.optional(rules.url()),
  SENDER_EMAIL: rules.email(),
  SES_CONFIGURATION_SET: rules.optional(rules.atLeast(1)),
  LOG_LEVEL: rules.oneOf(logLevels),
};

export function parseRuntimeConfig(environment: Record<string, string | undefined>): RuntimeConfig {
  checkEnvironment(runtimeRules, environment);
  const variable = (name: keyof typeof runtimeRules) => environment[name] as string;
  return {
    REGISTRATIONS_TABLE: variable('REGISTRATIONS_TABLE'),
    MEETING_REQUESTS_TABLE: variable('MEETING_REQUESTS_TABLE'),
    CONFIRMATIONS_TABLE: variable('CONFIRMATIONS_TABLE'),
    PUBLIC_BASE_URL: variable('PUBLIC_BASE_URL').replace(/\/+$/, ''),
    ...(environment.WEB_BASE_URL ? { WEB_BASE_URL: environment.WEB_BASE_URL.replace(/\/+$/, '') } : {}),
    SENDER_EMAIL: variable('SENDER_EMAIL'),
    ...(environment.SES_CONFIGURATION_SET === undefined ? {} : { SES_CONFIGURATION_SET: environment.SES_CONFIGURATION_SET }),
    LOG_LEVEL: (environment.LOG_LEVEL as RuntimeConfig['LOG_LEVEL'] | undefined) ?? 'info',
  };
}

let cached: RuntimeConfig | undefined;

/** The web app's origin: WEB_BASE_URL, else PUBLIC_BASE_URL (see {@link RuntimeConfig.WEB_BASE_URL}). */
export function webBaseUrl(): string {
  const config = runtimeConfig();
  return config.WEB_BASE_URL ?? config.PUBLIC_BASE_URL;
}

/** The validated configuration of this process (parsed on first use, then reused). */
export function runtimeConfig(): RuntimeConfig {
  cached ??= parseRuntimeConfig(process.env);
  return cached;
}
