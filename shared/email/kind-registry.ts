import { matchmakingEmailKinds } from '../matchmaking/email-kinds';
import { meetingEmailKinds } from '../meetings/email-kinds';
import { organiserEmailKinds } from '../organisers/email-kinds';
import { pressEmailKinds } from '../press/email-kinds';
import { registrationEmailKinds } from '../registrations/email-kinds';
import type { EmailKindDefinition, EmailKindLoaders } from './email-kind';
import type { EmailKind } from './email-message';
import { EmailRenderError } from './template';

/**
 * The one registry of email kinds, made of the features' own registrations. A kind in
 * `EmailMessage` that no feature registers is a type error here; the outbox only ever asks this
 * registry, so it knows no feature.
 */
const loaders: EmailKindLoaders<EmailKind> = {
  ...registrationEmailKinds,
  ...pressEmailKinds,
  ...meetingEmailKinds,
  ...matchmakingEmailKinds,
  ...organiserEmailKinds,
};

export const emailKinds = Object.keys(loaders) as EmailKind[];

const loaded = new Map<EmailKind, EmailKindDefinition<EmailKind>>();

/** Loads one kind's code once per container (a stored message of an unknown kind is a data error). */
export async function loadEmailKind<K extends EmailKind>(kind: K): Promise<EmailKindDefinition<K>> {
  const known = loaded.get(kind);
  if (known) return known as unknown as EmailKindDefinition<K>;
  if (!Object.hasOwn(loaders, kind)) throw new EmailRenderError('invalid-value', `Unknown email kind: ${String(kind)}`);
  const definition = await (loaders[kind] as () => Promise<EmailKindDefinition<K>>)();
  loaded.set(kind, definition as unknown as EmailKindDefinition<EmailKind>);
  return definition;
}

/** A kind `loadEmailKind` has loaded; rendering is synchronous and asks for it by name. */
export function loadedEmailKind<K extends EmailKind>(kind: K): EmailKindDefinition<K> {
  const definition = loaded.get(kind);
  if (!definition) throw new Error(`The ${kind} email is not loaded: await loadEmailKind('${kind}') first`);
  return definition as unknown as EmailKindDefinition<K>;
}
