import type { EventDefinition, Language } from '../events/event-definition';
import { createFormatter, venueParts } from './format';
import { languages } from './i18n';

/** What every calendar attachment of an event shares: the UID domain and the LOCATION. */

/** Domain part of every UID of an event's calendar entries. */
export function eventUidDomain(event: EventDefinition): string {
  return `${event.id}.rendezvous`;
}

/** The venue as a LOCATION in a language: name, address, city, country name. */
export function venueLocation(event: EventDefinition, language: Language): string {
  const settings = languages[language];
  const format = createFormatter(settings.locale, event.timeZone);
  return venueParts(event.venue, format).join(settings.catalogue['format.listSeparator']);
}
