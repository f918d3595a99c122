import * as z from 'zod';
import { mediaTypes } from '../email/email-message';
import { Language } from '../events/event-definition';
import { countryCodes } from '../geo/countries';
import { consentVersion } from './consent-version';
import { emailAddress, httpUrl, multiLine, singleLine } from './text-fields';
import { ulidParameter } from './path-parameters';

export const PressAccreditationRequest = z
  .strictObject({
    firstName: singleLine(100),
    lastName: singleLine(100),
    email: emailAddress,
    phone: z.string().trim().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +212522000000').optional(),
    mediaOutlet: singleLine(200),
    mediaType: z.enum(mediaTypes),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => countryCodes.has(code), 'must be an ISO 3166-1 alpha-2 country code'),
    pressCardNumber: singleLine(60).optional(),
    assignmentLetterUrl: httpUrl.optional(),
    portfolioUrl: httpUrl.optional(),
    coveragePlan: multiLine(2_000).pipe(z.string().min(1, 'must not be empty')),
    days: z
      .array(z.iso.date('must be a date YYYY-MM-DD'))
      .min(1, 'must list at least one event day')
      .max(31)
      .refine((days) => new Set(days).size === days.length, 'must not repeat a day'),
    language: Language,
    consent: z.literal(true, 'must be true: the request needs consent to process your data'),
    consentVersion: consentVersion.optional().meta({ description: 'The version of the consent text the journalist agreed to (the web form sends the one it shows); kept with the request.' }),
  })
  .meta({ id: 'PressAccreditationRequest' });
export type PressAccreditationRequest = z.output<typeof PressAccreditationRequest>;

export const PressAccreditationStatus = z.enum(['pending', 'approved', 'rejected']);
export type PressAccreditationStatus = z.infer<typeof PressAccreditationStatus>;

export const PressAccreditationCreated = z
  .object({ accreditationId: z.string(), status: z.literal('pending') })
  .meta({ id: 'PressAccreditationCreated' });

export const AccreditationPathParams = z.object({
  accreditationId: ulidParameter('must be an accreditation id (ULID)'),
});

export const DecisionQuery = z.object({ token: z.string().min(10).max(1_000) });

export const DecisionRequest = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    reason: multiLine(1_000).optional(),
  })
  .meta({ id: 'PressDecisionRequest' });
export type DecisionRequest = z.output<typeof DecisionRequest>;

export const DecisionResult = z
  .object({
    accreditationId: z.string(),
    status: PressAccreditationStatus,
    decidedBy: z.string(),
    decidedAt: z.string(),
    reason: z.string().optional(),
  })
  .meta({ id: 'PressDecision' });

/** What the pages behind press links show of a request (the contact's review, the journalist's status); consent is implied, not shown. */
export const pressRequestViewShape = {
  accreditationId: z.string(),
  eventId: z.string(),
  status: PressAccreditationStatus,
  request: PressAccreditationRequest.omit({ consent: true }),
  createdAt: z.string(),
  /** When the link that opened it stops working. */
  linkExpiresAt: z.string(),
};
