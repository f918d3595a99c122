import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventDefinition } from '../../shared/events/event-definition';
import { fromRoot } from '../paths';
import type { Settings } from '../settings';

export const eventsDirectory = fromRoot('data/events');

function parseEventFile(fileName: string): EventDefinition {
  const raw: unknown = JSON.parse(readFileSync(join(eventsDirectory, fileName), 'utf8'));
  const result = EventDefinition.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`data/events/${fileName} is not a valid event definition:\n${problems.join('\n')}`);
  }
  if (`${result.data.id}.json` !== fileName) {
    throw new Error(`data/events/${fileName} holds event "${result.data.id}"; name the file ${result.data.id}.json`);
  }
  return result.data;
}

/** Replaces the recipients that differ per deployment (e.g. a staging stack mails its own team). */
function applyOverrides(event: EventDefinition, settings: Pick<Settings, 'organiserRecipients' | 'pressContacts'>): EventDefinition {
  return {
    ...event,
    ...(settings.organiserRecipients === undefined ? {} : { organiserRecipients: settings.organiserRecipients }),
    ...(settings.pressContacts === undefined ? {} : { pressContacts: settings.pressContacts }),
  };
}

/** Every `data/events/*.json`, validated, with the deployment's overrides applied; sorted by id. */
export function loadEventDefinitions(
  settings: Pick<Settings, 'organiserRecipients' | 'pressContacts'>,
): EventDefinition[] {
  return readdirSync(eventsDirectory)
    .filter((fileName) => fileName.endsWith('.json'))
    .sort()
    .map((fileName) => applyOverrides(parseEventFile(fileName), settings));
}
