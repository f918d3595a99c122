import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/index';
import { CheckboxGroup } from './fields';

type MatchTag = Schemas['Event']['matchmakingTags'][number];

interface TagPickerProps {
  id: string;
  legend: string;
  tags: MatchTag[];
  /** The participant's sectors: only their topics are offered (plus every cooperation type), so the list stays short. */
  sectors: string[];
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
}

/** Offer or request tags of the event's taxonomy, labelled in the reader's language. */
export function TagPicker({ id, legend, tags, sectors, selected, onChange, error }: TagPickerProps) {
  const { language } = useI18n();
  // A picked tag stays visible even when its sector is unticked, so it can be unpicked.
  const shown = tags.filter((tag) => tag.kind === 'cooperation' || sectors.includes(tag.sectorId ?? '') || selected.includes(tag.id));
  if (shown.length === 0) return null;
  return (
    <CheckboxGroup id={id} legend={legend} selected={selected} onChange={onChange} error={error}
      options={shown.map((tag) => ({ value: tag.id, label: tag.labels[language] }))} />
  );
}
