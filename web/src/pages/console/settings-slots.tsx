import { FieldError, TextField } from '../../components/fields';
import type { I18n } from '../../i18n/index';
import { nextSlot, slotName, type SlotDraft } from './slot-drafts';

interface SlotEditorProps {
  drafts: SlotDraft[];
  errors: Record<string, string>;
  i18n: I18n;
  timeZone: string;
  onChange: (drafts: SlotDraft[]) => void;
}

/**
 * The meeting slots: start and end of each (event time: `slot-drafts.ts`), a "remove" box (the row
 * stays until saved, so a refused removal is seen next to the slot the API names), and "add a slot".
 */
export function SlotEditor({ drafts, errors, i18n, timeZone, onChange }: SlotEditorProps) {
  const { t } = i18n;
  const update = (index: number, change: Partial<SlotDraft>) => onChange(drafts.map((draft, at) => (at === index ? { ...draft, ...change } : draft)));
  return (
    <fieldset id="meetings-slots" tabIndex={-1} aria-describedby={errors['meetings-slots'] ? 'meetings-slots-error' : undefined} class={errors['meetings-slots'] ? 'field--invalid' : undefined}>
      <legend>{t('console.settings.slots')}</legend>
      <FieldError id="meetings-slots" error={errors['meetings-slots']} />
      <ol class="slot-list">
        {drafts.map((draft, index) => {
          const slot = slotName(draft, index, i18n, timeZone);
          // Seen once, as the row's heading; heard in each field's name too, which starts with what is seen ("Start").
          const named = <span class="visually-hidden"> ({slot})</span>;
          return (
          <li key={draft.id} class={draft.remove ? 'slot-row slot-row--removed' : 'slot-row'} data-slot={draft.id}>
            <p class="slot-row__name">{slot}</p>
            <TextField id={`meetings-slots-${index}-start`} type="datetime-local" required label={<>{t('console.settings.start')}{named}</>} error={errors[`meetings-slots-${index}-start`]} value={draft.start} onValue={(start) => update(index, { start })} />
            <TextField id={`meetings-slots-${index}-end`} type="datetime-local" required label={<>{t('console.settings.end')}{named}</>} error={errors[`meetings-slots-${index}-end`]} value={draft.end} onValue={(end) => update(index, { end })} />
            <div class="choice">
              <input id={`meetings-slots-${index}-remove`} type="checkbox" checked={draft.remove} onChange={(event) => update(index, { remove: event.currentTarget.checked })} />
              <label for={`meetings-slots-${index}-remove`}>{t('console.settings.removeSlot')}{named}</label>
            </div>
          </li>
          );
        })}
      </ol>
      <button type="button" class="button button--secondary" onClick={() => onChange([...drafts, nextSlot(drafts)])}>{t('console.settings.slotAdd')}</button>
    </fieldset>
  );
}
