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

/** A side's name as the run gives it (its id if the name is gone). */
const nameOf = (placement: Placement, registrationId: string): string =>
  placement.participants.find((participant) => participant.registrationId === registrationId)?.name ?? registrationId;

/** Why a meeting is not placed (or in conflict after publishing), in a sentence an organiser reads. */
export function UnplacedReason({ placement }: { placement: Placement }): ComponentChildren {
  const { t, tx, plural } = useI18n();
  const { overbooked, slotsTaken, unavailableEverywhere } = placement;
  if (placement.reason === 'participant-overbooked' && overbooked) {
    const facts = { name: nameOf(placement, overbooked.registrationId), meetings: overbooked.meetings, slots: overbooked.slots };
    return plural('console.schedule.reason.overbooked', overbooked.meetings - overbooked.slots, facts);
  }
  // Who or what takes the slots: the organiser can then ask that person, or add tables.
  if (placement.reason === 'no-free-slot' && slotsTaken) {
    const [first, second] = slotsTaken.byMeetingsOf;
    if (first && second) {
      const facts = { slots: slotsTaken.slots, first: nameOf(placement, first.registrationId), firstBusy: first.slots, second: nameOf(placement, second.registrationId), secondBusy: second.slots, full: slotsTaken.noFreeTable };
      return tx('console.schedule.reason.slotsTaken', facts);
    }
  }
  if (placement.reason === 'no-common-slot' && unavailableEverywhere) {
    return tx('console.schedule.reason.unavailableEverywhere', { name: nameOf(placement, unavailableEverywhere.registrationId) });
  }
  const key = placement.reason !== undefined && Object.hasOwn(reasonTexts, placement.reason) ? reasonTexts[placement.reason] : undefined;
  return key ? t(key) : <span dir="auto">{placement.detail ?? placement.reason}</span>;
}
