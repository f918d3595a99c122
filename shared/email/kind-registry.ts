import { matchmakingEmailKinds } from '../matchmaking/email-kinds';
import { meetingEmailKinds } from '../meetings/email-kinds';
import { organiserEmailKinds } from '../organisers/email-kinds';
import { pressEmailKinds } from '../press/email-kinds';
import { registrationEmailKinds } from '../registrations/email-kinds';
import type { EmailKindDefinition, EmailKindDefinitions } from './email-kind';
import type { EmailKind } from './email-message';
import { EmailRenderError } from './template';

/**
 * The one registry of email kinds, made of the features' own registrations. A kind in
 * `EmailMessage` that no feature registers is a type error here; the outbox only ever asks this
 * registry, so it knows no feature.
 */
const definitions: EmailKindDefinitions<EmailKind> = {
  ...registrationEmailKinds,
  ...pressEmailKinds,
  ...meetingEmailKinds,
  ...matchmakingEmailKinds,
  ...organiserEmailKinds,
};

export const emailKinds = Object.keys(definitions) as EmailKind[];

/** A kind's template and derived data (a stored message of an unknown kind is a data error). */
export function emailKindDefinition<K extends EmailKind>(kind: K): EmailKindDefinition<K> {
  if (!Object.hasOwn(definitions, kind)) throw new EmailRenderError('invalid-value', `Unknown email kind: ${String(kind)}`);
  return definitions[kind] as unknown as EmailKindDefinition<K>;
}
