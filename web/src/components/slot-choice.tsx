import { useI18n } from '../i18n/index';

interface SlotChoiceProps {
  /** Prefix of the radio ids, unique on the page (several requests can be answered on one page). */
  idPrefix: string;
  proposedSlotIds: string[];
  /** A proposed slot id, or `later`: "accept; the organisers will place it". */
  choice: string;
  onChoice: (choice: string) => void;
  /** The slot's time range in the reader's language. */
  when: (slotId: string) => string;
}

/** How a recipient accepts a request: in one of the proposed slots, or leaving it to the organisers. */
export function SlotChoice({ idPrefix, proposedSlotIds, choice, onChoice, when }: SlotChoiceProps) {
  const { t } = useI18n();
  const radio = (value: string, label: string) => (
    <div class="choice" key={value}>
      <input type="radio" name={`${idPrefix}-slot`} id={`${idPrefix}-${value}`} value={value} checked={choice === value} onChange={() => onChoice(value)} />
      <label for={`${idPrefix}-${value}`}>{label}</label>
    </div>
  );
  return (
    <fieldset class="choices">
      <legend>{t('answer.choose')}</legend>
      {proposedSlotIds.map((id) => radio(id, t('answer.slot', { time: when(id) })))}
      {radio('later', t('answer.later'))}
    </fieldset>
  );
}
