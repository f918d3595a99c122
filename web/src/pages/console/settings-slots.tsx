import { FieldError, TextField } from '../../components/fields';
import type { I18n } from '../../i18n/index';

/** A meeting slot as the form edits it: local wall-clock times of the event, and the offset they were written with. */
export interface SlotDraft {
  id: string;
  start: string;
  end: string;
  offset: string;
  remove: boolean;
}

/** `2019-04-10T09:00:00+01:00` → the `datetime-local` value `2019-04-10T09:00` and the offset `+01:00` (event time, as written). */
export function slotDraft(slot: { id: string; start: string; end: string }): SlotDraft {
  const offset = /([+-]\d\d:\d\d|Z)$/.exec(slot.start)?.[1] ?? 'Z';
  return { id: slot.id, start: slot.start.slice(0, 16), end: slot.end.slice(0, 16), offset, remove: false };
}

/** Back to the API's shape; an empty time is sent empty, so the API names the field. */
export const slotOfDraft = (draft: SlotDraft) => ({
  id: draft.id,
  start: draft.start ? `${draft.start}:00${draft.offset}` : '',
  end: draft.end ? `${draft.end}:00${draft.offset}` : '',
});

/**
 * A new slot right after the last one, as long as it (or 30 minutes), with an id not yet used. The
 * first slot of an event takes `firstOffset`, the event zone's (a `Z` would make the typed event
 * time a UTC one, read an hour off in Casablanca: docs/web.md, "Event times").
 */
export function nextSlot(drafts: SlotDraft[], firstOffset: string): SlotDraft {
  const last = drafts.at(-1);
  const ids = new Set(drafts.map((draft) => draft.id));
  let number = drafts.length + 1;
  while (ids.has(`slot-${number}`)) number += 1;
  if (!last?.end) return { id: `slot-${number}`, start: '', end: '', offset: last?.offset ?? firstOffset, remove: false };
  const length = last.start ? Date.parse(`${last.end}Z`) - Date.parse(`${last.start}Z`) : 30 * 60_000;
  const end = new Date(Date.parse(`${last.end}Z`) + length).toISOString().slice(0, 16);
  return { id: `slot-${number}`, start: last.end, end, offset: last.offset, remove: false };
}

interface SlotEditorProps {
  drafts: SlotDraft[];
  errors: Record<string, string>;
  i18n: I18n;
  /** The offset a first slot is written with (the event zone's on its first day). */
  firstOffset: string;
  onChange: (drafts: SlotDraft[]) => void;
}

/**
 * The meeting slots: start and end of each (event time), a "remove" box (the row stays until saved,
 * so a refused removal is seen next to the slot the API names), and "add a slot".
 */
export function SlotEditor({ drafts, errors, i18n, firstOffset, onChange }: SlotEditorProps) {
  const { t } = i18n;
  const update = (index: number, change: Partial<SlotDraft>) => onChange(drafts.map((draft, at) => (at === index ? { ...draft, ...change } : draft)));
  return (
    <fieldset id="meetings-slots" tabIndex={-1} aria-describedby={errors['meetings-slots'] ? 'meetings-slots-error' : undefined} class={errors['meetings-slots'] ? 'field--invalid' : undefined}>
      <legend>{t('console.settings.slots')}</legend>
      <FieldError id="meetings-slots" error={errors['meetings-slots']} />
      <ol class="slot-list">
        {drafts.map((draft, index) => (
          <li key={draft.id} class={draft.remove ? 'slot-row slot-row--removed' : 'slot-row'} data-slot={draft.id}>
            <p class="slot-row__name"><bdi dir="ltr">{draft.id}</bdi></p>
            <TextField id={`meetings-slots-${index}-start`} type="datetime-local" required label={t('console.settings.slotStart', { slot: draft.id })} error={errors[`meetings-slots-${index}-start`]} value={draft.start} onValue={(start) => update(index, { start })} />
            <TextField id={`meetings-slots-${index}-end`} type="datetime-local" required label={t('console.settings.slotEnd', { slot: draft.id })} error={errors[`meetings-slots-${index}-end`]} value={draft.end} onValue={(end) => update(index, { end })} />
            <div class="choice">
              <input id={`meetings-slots-${index}-remove`} type="checkbox" checked={draft.remove} onChange={(event) => update(index, { remove: event.currentTarget.checked })} />
              <label for={`meetings-slots-${index}-remove`}>{t('console.settings.slotRemove', { slot: draft.id })}</label>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" class="button button--secondary" onClick={() => onChange([...drafts, nextSlot(drafts, firstOffset)])}>{t('console.settings.slotAdd')}</button>
    </fieldset>
  );
}
