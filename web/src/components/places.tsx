import type { ComponentChildren } from 'preact';
import type { EventView } from '../api/client';
import type { I18n } from '../i18n/index';

/** "12 places left" (or "Full") for a programme item with a capacity; its capacity when the API gave no count. */
export function placesOf(i18n: I18n, item: EventView['programme'][number]): ComponentChildren {
  if (item.capacity === undefined) return undefined;
  return item.remainingPlaces === undefined ? i18n.plural('places.capacity', item.capacity) : i18n.plural('places.remaining', item.remainingPlaces);
}

/**
 * The programme's checkboxes (registration, manage page): each item with its times and places; a
 * full item cannot be ticked, unless it is one the reader already holds (their seat is theirs to keep
 * or give up). A ticked full item would only come back as a field error after the whole form was sent.
 */
export function programmeOptions(i18n: I18n, event: EventView, held: readonly string[] = []) {
  const format = i18n.format(event.timeZone);
  return event.programme.map((item) => {
    const places = placesOf(i18n, item);
    return {
      value: item.id,
      label: item.title[i18n.language],
      detail: places === undefined ? format.timeRange(item) : <>{format.timeRange(item)} · {places}</>,
      disabled: item.remainingPlaces === 0 && !held.includes(item.id),
    };
  });
}
