import { useEffect, useState } from 'preact/hooks';
import { latinRunsIsolatedPlain } from '../../../shared/email/latin-runs';
import { api, type EventView } from '../api/client';
import type { Language } from '../i18n/index';

const loaded = new Map<string, Promise<EventView | undefined>>();
/** The events already arrived: a page rendered after that reads its event in its first render. */
const arrived = new Map<string, EventView>();

/**
 * GET /events/{id}, once per page load: main.tsx starts it before the page's code has arrived.
 * Resolves to the event, or undefined when the API has no such event (a 4xx); rejects when it could
 * not be read (network failure, 5xx, 429: a retry may work), and is then asked again next time.
 */
export function loadEvent(eventId: string): Promise<EventView | undefined> {
  let request = loaded.get(eventId);
  if (!request) {
    request = api.GET('/events/{eventId}', { params: { path: { eventId } } }).then(({ data, response }) => {
      if (data) arrived.set(eventId, data);
      else if (response.status >= 500 || response.status === 429) throw new Error(`GET /events/${eventId}: ${response.status}`);
      return data;
    });
    const asked = request;
    asked.catch(() => loaded.get(eventId) === asked && loaded.delete(eventId));
    loaded.set(eventId, request);
  }
  return request;
}

/** Why the event is not there: the API has no such event, or it could not be reached (network, server error). */
export type EventFailure = 'not-found' | 'unavailable';

interface EventState {
  event?: EventView;
  failed: false | EventFailure;
}

/**
 * The public event (GET /events/{id}), fetched once per page load and shared by every page. `failed`
 * says why it is missing, so a page says "does not exist" only for an event that does not, and offers
 * `retry` when the network or the server failed.
 */
export function useEvent(eventId: string | undefined): EventState & { retry: () => void } {
  const known = eventId ? arrived.get(eventId) : undefined;
  const [state, setState] = useState<EventState>(known ? { event: known, failed: false } : { failed: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!eventId || state.event?.id === eventId) return;
    // The failure stays on screen until the new answer: the retry button keeps focus meanwhile.
    loadEvent(eventId).then(
      (event) => setState(event ? { event, failed: false } : { failed: 'not-found' }),
      () => setState({ failed: 'unavailable' }),
    );
  }, [eventId, attempt]);
  return { ...state, retry: () => setAttempt((current) => current + 1) };
}

const RIGHT_TO_LEFT_ISOLATE = '\u2067';
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * The event's name in the reader's language, as plain text isolated in the reader's direction, the
 * way the emails show it (shared/email/templates/common-parts.ts): it goes into the document title
 * as well as headings, so the isolates are Unicode controls, not <bdi>. In Arabic each Latin run is
 * isolated left to right inside a right-to-left isolate, so "#TechDays THE NEXT SOCIETY المغرب" reads
 * brand first with its "#" in front (a plain first-strong isolate would show "TechDays…#" or put the
 * brand after "المغرب").
 */
export function eventName(event: EventView, language: Language): string {
  if (language === 'ar') return `${RIGHT_TO_LEFT_ISOLATE}${latinRunsIsolatedPlain(event.name.ar)}${POP_DIRECTIONAL_ISOLATE}`;
  return `${FIRST_STRONG_ISOLATE}${event.name[language]}${POP_DIRECTIONAL_ISOLATE}`;
}
