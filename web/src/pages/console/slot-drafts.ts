import { wallClock } from '../../../../shared/events/local-date';
import { zonedDateTime } from '../../../../shared/events/zoned-date-time';
import type { Formatter } from '../../../../shared/email/format';
import type { Translates } from '../../failures/translates';

/** What of `I18n` naming a slot uses (a narrow type, so that node tests import this module without JSX). */
export interface SlotNaming extends Translates {
  format(timeZone: string): Formatter;
}

/** A meeting slot as the settings form edits it: `datetime-local` values in the event's time (docs/web.md, "Event times"). */
export interface SlotDraft {
  id: string;
  start: string;
  end: string;
  remove: boolean;
  /** The slot as the API gave it, for a slot that exists: a time left as shown is sent back as written. */
  loaded?: { start: string; end: string; startValue: string; endValue: string };
}

interface Slot {
  id: string;
  start: string;
  end: string;
}

/** `2019-04-10T09:00:00+01:00` → `2019-04-10T09:00`: a written offset reads as written, a `Z` instant in the event's zone. */
const eventTimeValue = (timeZone: string, instant: string): string => wallClock(timeZone, instant).toISOString().slice(0, 16);

export function slotDraft(slot: Slot, timeZone: string): SlotDraft {
  const startValue = eventTimeValue(timeZone, slot.start);
  const endValue = eventTimeValue(timeZone, slot.end);
  return { id: slot.id, start: startValue, end: endValue, remove: false, loaded: { start: slot.start, end: slot.end, startValue, endValue } };
}

/**
 * Back to the API's shape. A time as loaded goes back exactly as written (a save of something else
 * leaves the slot as it was); a typed or new one is written with its own offset in the event's zone,
 * so an end after a zone change gets the offset after it, not the start's. An empty time is sent
 * empty, so the API names the field.
 */
export function slotOfDraft(draft: SlotDraft, timeZone: string): Slot {
  const written = (value: string, loadedValue: string | undefined, loaded: string | undefined) =>
    value === '' ? '' : value === loadedValue && loaded !== undefined ? loaded : zonedDateTime(timeZone, value);
  return {
    id: draft.id,
    start: written(draft.start, draft.loaded?.startValue, draft.loaded?.start),
    end: written(draft.end, draft.loaded?.endValue, draft.loaded?.end),
  };
}

/** A new slot right after the last one, as long as it on the clock (or 30 minutes), with an id not yet used. */
export function nextSlot(drafts: readonly SlotDraft[]): SlotDraft {
  const last = drafts.at(-1);
  const ids = new Set(drafts.map((draft) => draft.id));
  let number = drafts.length + 1;
  while (ids.has(`slot-${number}`)) number += 1;
  if (!last?.end) return { id: `slot-${number}`, start: '', end: '', remove: false };
  const length = last.start ? Date.parse(`${last.end}Z`) - Date.parse(`${last.start}Z`) : 30 * 60_000;
  const end = new Date(Date.parse(`${last.end}Z`) + length).toISOString().slice(0, 16);
  return { id: `slot-${number}`, start: last.end, end, remove: false };
}

const wallClockValue = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * How the form names a slot, in labels, the error summary and a refused removal: its day and times as
 * they stand in the row ("Saturday 27 March, 09:00–09:20", the event's time in the console's language;
 * the slot's id means nothing to an organiser), its place in the list while a time is missing. The
 * values are event wall-clock times: written with a `+00:00` offset, the formatter reads them as
 * written (docs/web.md, "Event times"), whatever the tz database says of the event's zone.
 */
export function slotName(draft: Pick<SlotDraft, 'start' | 'end'>, index: number, i18n: SlotNaming, timeZone: string): string {
  const start = wallClockValue.exec(draft.start)?.[0];
  const end = wallClockValue.exec(draft.end)?.[0];
  if (!start || !end) return i18n.t('console.settings.slotNumber', { number: index + 1 });
  return i18n.format(timeZone).timeRange({ start: `${start}:00+00:00`, end: `${end}:00+00:00` });
}
