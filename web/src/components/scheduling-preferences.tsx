import type { EventView, Schemas } from '../api/client';
import { localDate, localTime } from '../../../shared/events/local-date';
import { useI18n } from '../i18n/index';
import { SelectField } from './fields';

export type Preferences = Schemas['SchedulingPreferences'];
type Block = NonNullable<Preferences['keepFree']>[number];

/** At most this many blocks to keep free (the API's `limits.keepFreeBlocks`). */
const maxBlocks = 10;
const field = (name: string) => `schedulingPreferences-${name}`;

/** What the form sends: only the wishes given; `{}` clears them all (the API replaces them whole). */
export function preferencesToSend(preferences: Preferences): Preferences {
  return {
    ...(preferences.preferredDay ? { preferredDay: preferences.preferredDay } : {}),
    ...(preferences.earliest ? { earliest: preferences.earliest } : {}),
    ...(preferences.latest ? { latest: preferences.latest } : {}),
    ...(preferences.keepFree?.length ? { keepFree: preferences.keepFree } : {}),
  };
}

/** The labels of the fields, for the form's error summary (ids as `fieldErrors` makes them from the API's paths). */
export function preferenceLabels(t: (key: 'prefs.day' | 'prefs.earliest' | 'prefs.latest' | 'prefs.keepFree') => string, blocks: number): Record<string, string> {
  const rows = Array.from({ length: blocks }, (_, index) => [
    [field(`keepFree-${index}-fromSlotId`), `${t('prefs.keepFree')} ${index + 1}`],
    [field(`keepFree-${index}-toSlotId`), `${t('prefs.keepFree')} ${index + 1}`],
  ]).flat();
  return { [field('preferredDay')]: t('prefs.day'), [field('earliest')]: t('prefs.earliest'), [field('latest')]: t('prefs.latest'), ...Object.fromEntries(rows) };
}

interface Props {
  event: EventView;
  value: Preferences;
  onChange: (value: Preferences) => void;
  errors: Record<string, string>;
}

/**
 * Scheduling wishes for "Schedule all" (docs/scheduling.md, "Wishes"): a preferred day, a time
 * window and blocks of slots to keep free, all chosen from the event's own days, times and slots,
 * so that only a combination (latest before earliest, a block ending before it starts) can be wrong,
 * and the API names that field.
 */
export function SchedulingPreferencesFields({ event, value, onChange, errors }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const format = i18n.format(event.timeZone);
  const slots = event.meetingSlots;
  const days = [...new Set(slots.map((slot) => localDate(event, slot.start)))];
  const starts = [...new Set(slots.map((slot) => localTime(event, slot.start)))].sort();
  const ends = [...new Set(slots.map((slot) => localTime(event, slot.end)))].sort();
  const slotOptions = slots.map((slot) => ({ value: slot.id, label: format.timeRange(slot) }));
  const blocks = value.keepFree ?? [];
  const set = (change: Partial<Preferences>) => onChange({ ...value, ...change });
  const setBlock = (index: number, change: Partial<Block>) => set({ keepFree: blocks.map((block, at) => (at === index ? { ...block, ...change } : block)) });
  const none = t('prefs.none');
  if (slots.length === 0) return null;

  return (
    <fieldset class="choices prefs" id="schedulingPreferences">
      <legend>{t('prefs.title')} <span class="field__need">({t('common.optional')})</span></legend>
      <p class="field__hint">{t('prefs.hint')}</p>
      <SelectField id={field('preferredDay')} label={t('prefs.day')} value={value.preferredDay ?? ''} placeholder={none} error={errors[field('preferredDay')]}
        options={days.map((day) => ({ value: day, label: format.date(day) }))} onValue={(day) => set({ preferredDay: day || undefined })} />
      <div class="prefs__row">
        <SelectField id={field('earliest')} label={t('prefs.earliest')} value={value.earliest ?? ''} placeholder={none} error={errors[field('earliest')]}
          options={starts.map((time) => ({ value: time, label: time }))} onValue={(time) => set({ earliest: time || undefined })} />
        <SelectField id={field('latest')} label={t('prefs.latest')} value={value.latest ?? ''} placeholder={none} error={errors[field('latest')]}
          options={ends.map((time) => ({ value: time, label: time }))} onValue={(time) => set({ latest: time || undefined })} />
      </div>
      {blocks.map((block, index) => (
        <div class="prefs__row prefs__block" key={index} role="group" aria-label={`${t('prefs.keepFree')} ${index + 1}`}>
          <SelectField id={field(`keepFree-${index}-fromSlotId`)} label={t('prefs.from')} required value={block.fromSlotId} options={slotOptions}
            error={errors[field(`keepFree-${index}-fromSlotId`)]} onValue={(fromSlotId) => setBlock(index, { fromSlotId })} />
          <SelectField id={field(`keepFree-${index}-toSlotId`)} label={t('prefs.to')} required value={block.toSlotId} options={slotOptions}
            error={errors[field(`keepFree-${index}-toSlotId`)]} onValue={(toSlotId) => setBlock(index, { toSlotId })} />
          <button type="button" class="button button--secondary" onClick={() => set({ keepFree: blocks.filter((_, at) => at !== index) })}>
            {t('prefs.remove')}<span class="visually-hidden"> {index + 1}</span>
          </button>
        </div>
      ))}
      {blocks.length < maxBlocks ? (
        <button type="button" id="schedulingPreferences-add" class="button button--secondary" onClick={() => set({ keepFree: [...blocks, { fromSlotId: slots[0]!.id, toSlotId: slots[0]!.id }] })}>{t('prefs.add')}</button>
      ) : null}
    </fieldset>
  );
}
