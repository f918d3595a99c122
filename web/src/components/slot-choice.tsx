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
  /**
   * The organisers place this event's meetings: a recipient accepts without a slot (the API refuses one), so the
   * proposed times are said, not offered; the caller's choice is `later`.
   */
  organisersPlace?: boolean;
}

/** How a recipient accepts a request: in one of the proposed slots, or leaving it to the organisers. */
export function SlotChoice({ idPrefix, proposedSlotIds, choice, onChoice, when, organisersPlace }: SlotChoiceProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (organisersPlace) return <p id={`${idPrefix}-organisers-place`}>{t('answer.organisersPlace', { slots: i18n.list(proposedSlotIds.map(when)) })}</p>;
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
