import * as z from 'zod/mini';
import { mediaTypes } from '../email/email-message';
import { Language } from '../events/language';
import { CountryCode } from './country-code';
import { consentVersion } from './consent-version';
import { emailAddress, httpUrl, multiLine, singleLine, visibleText } from './text-fields';
import { ulidParameter } from './path-parameters';
import { withMeta } from '../openapi/schema-metadata';
import { lazySchema } from '../openapi/lazy-schema';
import { once } from '../once';

export const PressAccreditationRequest = lazySchema(() => withMeta(z.strictObject({
  firstName: singleLine(100),
  lastName: singleLine(100),
  email: emailAddress(),
  phone: z.optional(z.string().check(z.trim(), z.regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +212522000000'))),
  mediaOutlet: singleLine(200),
  mediaType: z.enum(mediaTypes),
  country: CountryCode(),
  pressCardNumber: z.optional(singleLine(60)),
  assignmentLetterUrl: z.optional(httpUrl()),
  portfolioUrl: z.optional(httpUrl()),
  coveragePlan: z.pipe(multiLine(2_000), z.string().check(z.minLength(1, 'must not be empty'), visibleText())),
  days: z.array(z.iso.date('must be a date YYYY-MM-DD')).check(
    z.minLength(1, 'must list at least one event day'),
    z.maxLength(31),
    z.refine((days) => new Set(days).size === days.length, 'must not repeat a day'),
  ),
  language: Language,
  consent: z.literal(true, 'must be true: the request needs consent to process your data'),
  consentVersion: withMeta(z.optional(consentVersion()), { description: 'The version of the consent text the journalist agreed to (the web form sends the one it shows); kept with the request.' }),
}), { id: 'PressAccreditationRequest' }));
export type PressAccreditationRequest = z.output<ReturnType<typeof PressAccreditationRequest>>;

export const PressAccreditationStatus = lazySchema(() => z.enum(['pending', 'approved', 'rejected']));
export type PressAccreditationStatus = z.infer<ReturnType<typeof PressAccreditationStatus>>;

export const PressAccreditationCreated = lazySchema(() => withMeta(z.object({ accreditationId: z.string(), status: z.literal('pending') }), { id: 'PressAccreditationCreated' }));

export const AccreditationPathParams = lazySchema(() => z.object({
  accreditationId: ulidParameter('must be an accreditation id (ULID)'),
}));

export const DecisionQuery = lazySchema(() => z.object({ token: z.string().check(z.minLength(10), z.maxLength(1_000)) }));

export const DecisionRequest = lazySchema(() => withMeta(z.strictObject({
  decision: z.enum(['approve', 'reject']),
  reason: z.optional(multiLine(1_000)),
}), { id: 'PressDecisionRequest' }));
export type DecisionRequest = z.output<ReturnType<typeof DecisionRequest>>;

export const DecisionResult = lazySchema(() => withMeta(z.object({
  accreditationId: z.string(),
  status: PressAccreditationStatus(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  reason: z.optional(z.string()),
}), { id: 'PressDecision' }));

/** What the pages behind press links show of a request (the contact's review, the journalist's status); consent is implied, not shown. */
export const pressRequestViewShape = once(() => ({
  accreditationId: z.string(),
  eventId: z.string(),
  status: PressAccreditationStatus(),
  request: z.omit(PressAccreditationRequest(), { consent: true }),
  createdAt: z.string(),
  /** When the link that opened it stops working. */
  linkExpiresAt: z.string(),
}));
