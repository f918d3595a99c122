import type { ComponentChildren } from 'preact';
import type { EventView } from '../api/client';
import type { I18n } from '../i18n/index';

/** "12 places left" (or "Full") for a programme item with a capacity; its capacity when the API gave no count. */
export function placesOf(i18n: I18n, item: EventView['programme'][number]): ComponentChildren {
  if (item.capacity === undefined) return undefined;
  return item.remainingPlaces === undefined ? i18n.plural('places.capacity', item.capacity) : i18n.plural('places.remaining', item.remainingPlaces);
}
