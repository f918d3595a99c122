import { eventIdPattern } from '../../../shared/api/event-id-pattern';
import type { Language } from '../i18n/index';

/**
 * The event's "new link by email" page, for a page opened from an emailed registration link that
 * could not sign its reader in. The link names its event (`?event=`, no secret); a link of an older
 * email does not, and then there is nothing to offer but the email's own advice.
 */
export function lostLinkHref(language: Language): string | undefined {
  const eventId = new URLSearchParams(location.search).get('event');
  // Only what the API takes for an event id reaches the href.
  return eventId !== null && eventIdPattern.test(eventId) ? `/${language}/events/${eventId}/lost-link` : undefined;
}
