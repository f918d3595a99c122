import type { EventDefinition } from '../events/event-definition';
import { createFormatter, venueParts } from './format';
import type { Translator } from './i18n/translator';

/** What every calendar attachment of an event shares: the UID domain and the LOCATION. */

/** Domain part of every UID of an event's calendar entries. */
export function eventUidDomain(event: EventDefinition): string {
  return `${event.id}.rendezvous`;
}

/** The venue as a LOCATION in the reader's language: name, address, city, country name. */
export function venueLocation(event: EventDefinition, i18n: Translator): string {
  const { settings } = i18n;
  const format = createFormatter(settings.locale, event.timeZone);
  return venueParts(event.venue, format).join(settings.catalogue['format.listSeparator']);
}
