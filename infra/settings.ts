import * as z from 'zod';
import { Language } from '../shared/events/language';

/**
 * Deploy-time settings, read from CDK context (cdk.json or `-c key=value`) and validated once at
 * synth time, so that a bad value fails `cdk synth` with a message naming the context key rather
 * than a deployed function failing on its first cold start.
 */

/** `-c key=value` always hands us strings: parse the ones that look like JSON (arrays, objects, numbers). */
function parseJsonString(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (!/^[[{\d-]/.test(trimmed)) return value;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return value;
  }
}

/** Lists may also be given as `a,b,c` on the command line. */
function parseList(value: unknown): unknown {
  const parsed = parseJsonString(value);
  if (typeof parsed !== 'string') return parsed;
  return parsed
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const json = <T extends z.ZodType>(schema: T) => z.preprocess(parseJsonString, schema);
const list = <T extends z.ZodType>(schema: T) => z.preprocess(parseList, schema);

const Domain = z
  .string()
  .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'expected a domain name such as example.com');

const Origin = z.string().refine(
  (value) => URL.canParse(value) && new URL(value).origin === value && /^https?:$/.test(new URL(value).protocol),
  'expected an origin such as https://app.example.com (scheme and host, no path or trailing slash)',
);

/** `ops@example.com` or `ops@example.com:fr` on the command line, or `{ email, language }` in JSON. */
const OrganiserRecipient = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const match = /^(.*?)(?::(fr|en|ar))?$/.exec(value.trim());
    return { email: match?.[1], language: match?.[2] ?? 'en' };
  },
  z.object({ email: z.email(), language: Language }),
);

const PressContact = z.object({
  name: z.string().min(1),
  organisation: z.string(),
  email: z.email(),
  language: Language,
});

const SettingsSchema = z
  .object({
    sender: z.email('expected the From address of outgoing mail, e.g. no-reply@example.com'),
    senderIdentity: z.union([z.email(), Domain]).optional(),
    publicBaseUrl: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }).transform((url) => url.replace(/\/+$/, '')),
    /** The web app's origin for emailed links (a custom domain in front of CloudFront); unset: the CloudFront URL. */
    webBaseUrl: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }).transform((url) => url.replace(/\/+$/, '')).optional(),
    allowedOrigins: list(z.array(Origin)).default([]),
    organiserRecipients: list(z.array(OrganiserRecipient).min(1)).optional(),
    pressContacts: json(z.array(PressContact)).optional(),
    alarmEmail: z.email().optional(),
    stageName: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, hyphens and underscores only')
      .default('prod'),
    throttle: json(
      z.object({
        rateLimit: z.number().positive().max(10_000),
        burstLimit: z.int().positive().max(5_000),
      }),
    ).default({ rateLimit: 50, burstLimit: 100 }),
    wafRateLimitPer5Min: json(z.int().min(10).max(2_000_000_000)).default(1000),
    logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  })
  .superRefine((settings, context) => {
    const identity = settings.senderIdentity;
    if (identity === undefined) return;
    const senderDomain = settings.sender.split('@')[1]?.toLowerCase() ?? '';
    const matches = identity.includes('@')
      ? identity.toLowerCase() === settings.sender.toLowerCase()
      : senderDomain === identity.toLowerCase() || senderDomain.endsWith(`.${identity.toLowerCase()}`);
    if (!matches) {
      context.addIssue({
        code: 'custom',
        path: ['senderIdentity'],
        message: `must be the sender's address or (a parent of) its domain; sender is ${settings.sender}`,
      });
    }
  });

type ParsedSettings = z.infer<typeof SettingsSchema>;

export type SenderIdentity = { kind: 'domain'; domain: string } | { kind: 'email'; email: string };

export interface Settings extends Omit<ParsedSettings, 'senderIdentity'> {
  senderIdentity: SenderIdentity;
}

export type PressContactOverride = z.infer<typeof PressContact>;

/** The context keys this app reads; anything else in the context is CDK's own business. */
export const settingKeys = Object.keys(SettingsSchema.shape) as (keyof ParsedSettings)[];

function senderIdentityOf(settings: ParsedSettings): SenderIdentity {
  const identity = settings.senderIdentity ?? settings.sender;
  return identity.includes('@') ? { kind: 'email', email: identity } : { kind: 'domain', domain: identity.toLowerCase() };
}

/** Validates raw context values; throws one Error listing every problem by context key. */
export function parseSettings(raw: Record<string, unknown>): Settings {
  const result = SettingsSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [key, ...rest] = issue.path.map(String);
      const where = rest.length === 0 ? '' : ` (at ${rest.join('.')})`;
      return `  - context "${key ?? '?'}"${where}: ${issue.message}`;
    });
    throw new Error(
      `Invalid deployment settings (CDK context; set them in cdk.json or with -c key=value):\n${problems.join('\n')}`,
    );
  }
  return { ...result.data, senderIdentity: senderIdentityOf(result.data) };
}

/** Reads and validates the settings from a construct's context (normally the App). */
export function readSettings(tryGetContext: (key: string) => unknown): Settings {
  return parseSettings(Object.fromEntries(settingKeys.map((key) => [key, tryGetContext(key)])));
}
