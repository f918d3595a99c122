import type { EventView, Schemas } from '../api/client';
import { useI18n } from '../i18n/index';

type Reason = Schemas['RecommendationReason'];

/**
 * Why someone is recommended, in the reader's language, with the event's own labels for tags and
 * sectors (the API sends ids, so one stored list serves readers of every language).
 */
export function RecommendationReasons({ reasons, event, labelledBy }: { reasons: Reason[]; event: EventView; labelledBy: string }) {
  const i18n = useI18n();
  const tagLabel = (id = '') => event.matchmakingTags.find((tag) => tag.id === id)?.labels[i18n.language] ?? id;
  const sectorLabel = (id = '') => event.sectors.find((sector) => sector.id === id)?.labels[i18n.language] ?? id;
  const text = (reason: Reason) => {
    switch (reason.kind) {
      case 'offersWhatYouSeek':
      case 'seeksWhatYouOffer':
        return i18n.tx(`recommend.${reason.kind}`, { tag: tagLabel(reason.tagId) });
      case 'sharedSector':
        return i18n.tx('recommend.sharedSector', { sector: sectorLabel(reason.sectorId) });
      default:
        return i18n.tx(`recommend.${reason.kind}`);
    }
  };
  const whyId = `${labelledBy}-why`;
  return (
    <>
      <p id={whyId} class="reasons__title">{i18n.t('recommend.why')}</p>
      <ul class="reasons" aria-labelledby={whyId}>
        {reasons.map((reason, index) => <li key={index}>{text(reason)}</li>)}
      </ul>
    </>
  );
}
