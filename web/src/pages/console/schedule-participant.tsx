import { useState } from 'preact/hooks';
import type { EventView, Schemas } from '../../api/client';
import { SelectField } from '../../components/fields';
import { agendaOf, isPlaced } from '../../console/participant-agenda';
import { useI18n } from '../../i18n/index';

type Placement = Schemas['SchedulePlacement'];

/** Everyone a run concerns, by name (the placements carry names and organisations). */
function participantsOf(placements: Placement[], collator: Intl.Collator) {
  const people = new Map<string, { registrationId: string; name: string; organisation?: string }>();
  for (const person of placements.flatMap((placement) => placement.participants)) {
    people.set(person.registrationId, { registrationId: person.registrationId, name: person.name ?? person.registrationId, ...(person.organisation ? { organisation: person.organisation } : {}) });
  }
  return [...people.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** "Schedule all", per participant: pick someone, see their meetings and breaks in time order, and their meetings not placed with the reason. */
export function ParticipantSchedule({ placements, event }: { placements: Placement[]; event: EventView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const format = i18n.format(event.timeZone);
  const [chosen, setChosen] = useState('');
  const people = participantsOf(placements, new Intl.Collator(i18n.locale));
  const person = people.find((candidate) => candidate.registrationId === chosen);
  const lines = person ? agendaOf(person.registrationId, placements, event.meetingSlots, format.dateAt) : [];
  const notPlaced = person ? placements.filter((placement) => !isPlaced(placement) && placement.participants.some((someone) => someone.registrationId === person.registrationId)) : [];
  const other = (placement: Placement) => placement.participants.find((someone) => someone.registrationId !== chosen);
  return (
    <section aria-labelledby="per-participant">
      <h2 id="per-participant">{t('console.schedule.perParticipant')}</h2>
      <SelectField id="participant" label={t('console.schedule.participant')} value={chosen} placeholder={t('console.schedule.choose')} options={people.map((someone) => ({ value: someone.registrationId, label: someone.organisation ? `${someone.name} (${someone.organisation})` : someone.name }))} onValue={setChosen} />
      {person ? (
        <div aria-live="polite" data-participant={person.registrationId}>
          {lines.length === 0 ? <p>{t('console.schedule.noMeetingPlaced')}</p> : (
            <ol class="agenda-lines" aria-label={t('console.schedule.agendaOf', { name: person.name })}>
              {lines.map((line) =>
                line.kind === 'meeting' ? (
                  <li key={line.slot.id} class="agenda-line" data-line="meeting">
                    <span class="agenda-line__time">{format.timeRange(line.slot)}</span>{' '}
                    <span>{t('console.schedule.withAt', { table: line.placement.table ?? '' })} <bdi>{other(line.placement)?.name ?? other(line.placement)?.registrationId}</bdi></span>
                  </li>
                ) : (
                  <li key={line.start} class="agenda-line agenda-line--break" data-line="break">
                    <span class="agenda-line__time">{format.timeRange(line)}</span> <span>{i18n.plural('console.schedule.break', line.idleSlots)}</span>
                  </li>
                ),
              )}
            </ol>
          )}
          {notPlaced.length === 0 ? null : (
            <>
              <h3>{t('console.schedule.unplacedHeading')}</h3>
              <ul>
                {notPlaced.map((placement) => (
                  <li key={placement.meetingRequestId} data-unplaced={placement.meetingRequestId}>
                    <bdi>{other(placement)?.name ?? other(placement)?.registrationId}</bdi>: <span dir="auto">{placement.detail ?? placement.reason}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
