import { EventDefinition } from '../../shared/events/event-definition';
import { readEventFiles } from '../../shared/events/event-files';
import { fromRoot } from '../paths';
import type { Settings } from '../settings';

type RecipientOverrides = Pick<Settings, 'organiserRecipients' | 'pressContacts'>;

/** Replaces the recipients that differ per deployment (e.g. a staging stack mails its own team). */
function applyOverrides(event: EventDefinition, overrides: RecipientOverrides): EventDefinition {
  return {
    ...event,
    ...(overrides.organiserRecipients === undefined ? {} : { organiserRecipients: overrides.organiserRecipients }),
    ...(overrides.pressContacts === undefined ? {} : { pressContacts: overrides.pressContacts }),
  };
}

/**
 * The event with the overrides, validated again as a whole: the settings' own schema checks each address, but
 * only the event's rules refuse a contact's name with a line break (it becomes the To of the decision emails) or
 * the same address twice (a decision link finds its contact by address).
 */
function withOverrides(event: EventDefinition, overrides: RecipientOverrides): EventDefinition {
  const checked = EventDefinition.safeParse(applyOverrides(event, overrides));
  if (checked.success) return checked.data;
  const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new Error(`The organiserRecipients / pressContacts settings do not fit event ${event.id}: ${problems}`);
}

/** Every `data/events/*.json`, validated against `EventDefinition` (synth fails on a bad file), with the deployment's overrides. */
export function loadEventDefinitions(overrides: RecipientOverrides): EventDefinition[] {
  return readEventFiles(fromRoot('data/events')).map((event) => withOverrides(event, overrides));
}
