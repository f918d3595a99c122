import { useEffect, useState } from 'preact/hooks';
import { api, type EventView } from '../api/client';

const loaded = new Map<string, Promise<EventView | undefined>>();
/** The events already arrived: a page rendered after that reads its event in its first render. */
const arrived = new Map<string, EventView>();

/** GET /events/{id}, once per page load: main.tsx starts it before the page's code has arrived. */
export function loadEvent(eventId: string): Promise<EventView | undefined> {
  let request = loaded.get(eventId);
  if (!request) {
    request = api.GET('/events/{eventId}', { params: { path: { eventId } } }).then(({ data }) => {
      if (data) arrived.set(eventId, data);
      return data;
    });
    loaded.set(eventId, request);
  }
  return request;
}

/** The public event (GET /events/{id}), fetched once per page load and shared by every page. */
export function useEvent(eventId: string | undefined): { event?: EventView; failed: boolean } {
  const known = eventId ? arrived.get(eventId) : undefined;
  const [state, setState] = useState<{ event?: EventView; failed: boolean }>(known ? { event: known, failed: false } : { failed: false });
  useEffect(() => {
    if (!eventId || state.event?.id === eventId) return;
    loadEvent(eventId).then(
      (event) => setState(event ? { event, failed: false } : { failed: true }),
      () => setState({ failed: true }),
    );
  }, [eventId]);
  return state;
}

/**
 * The event's name in the reader's language (the API has French and English; Arabic readers get
 * French), wrapped in a first-strong isolate (U+2068…U+2069) because it also goes into the document
 * title and headings as plain text: "#TechDays" must not read "TechDays#" in an Arabic heading.
 */
export const eventName = (event: EventView, language: string) => `\u2068${language === 'en' ? event.name.en : event.name.fr}\u2069`;
