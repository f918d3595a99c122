import type { EventDefinition } from '../../shared/events/event-definition';
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

/** Every `data/events/*.json`, validated against `EventDefinition` (synth fails on a bad file), with the deployment's overrides. */
export function loadEventDefinitions(overrides: RecipientOverrides): EventDefinition[] {
  return readEventFiles(fromRoot('data/events')).map((event) => applyOverrides(event, overrides));
}
