import type { ComponentChildren } from 'preact';
import type { Schemas } from '../../api/client';
import { useI18n } from '../../i18n/index';
import type { TextKey } from '../../i18n/web-catalogue';

type Placement = NonNullable<Schemas['ScheduleRun']['placements']>[number];

/** Reasons worded in the organiser's language; the API's `detail` (English, with ids) is the fallback for a code the console does not know. */
const reasonTexts: Readonly<Record<string, TextKey>> = {
  'no-common-slot': 'console.schedule.reason.noCommonSlot',
  'no-free-slot': 'console.schedule.reason.noFreeSlot',
  'participant-not-confirmed': 'console.schedule.reason.notRegistered',
  'meeting-changed': 'console.schedule.reason.meetingChanged',
  'participant-booked': 'console.schedule.reason.participantBooked',
  'participant-unavailable': 'console.schedule.reason.participantUnavailable',
  'no-table-free': 'console.schedule.reason.noTableFree',
  'slot-changed': 'console.schedule.reason.slotChanged',
};

/** Why a meeting is not placed (or in conflict after publishing), in a sentence an organiser reads. */
export function UnplacedReason({ placement }: { placement: Placement }): ComponentChildren {
  const { t, plural } = useI18n();
  const overbooked = placement.overbooked;
  if (placement.reason === 'participant-overbooked' && overbooked) {
    const side = placement.participants.find((participant) => participant.registrationId === overbooked.registrationId);
    const facts = { name: side?.name ?? overbooked.registrationId, meetings: overbooked.meetings, slots: overbooked.slots };
    return plural('console.schedule.reason.overbooked', overbooked.meetings - overbooked.slots, facts);
  }
  const key = placement.reason !== undefined && Object.hasOwn(reasonTexts, placement.reason) ? reasonTexts[placement.reason] : undefined;
  return key ? t(key) : <span dir="auto">{placement.detail ?? placement.reason}</span>;
}
