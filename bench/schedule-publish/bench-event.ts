/**
 * The benchmark's event: a `testEvent()` copy whose organisers place the meetings, with 2 days × 2
 * sessions × 8 back-to-back slots of 20 minutes, none overlapping a programme session (so every
 * slot has all its tables), and seats for every participant.
 */
import { EventDefinition } from '../../shared/events/event-definition';
import { isBookable } from '../../shared/meetings/bookable-slots';
import { testEvent } from '../../test/support/test-event';

export interface EventShape {
  participants: number;
  tablesPerSlot: number;
}

const slotMinutes = 20;
const slotsPerSession = 8;
/** Day (0-based from the start date) and local start of each session: clear of the TechDays programme. */
const sessions = [
  { day: 0, start: '13:00' },
  { day: 0, start: '16:00' },
  { day: 1, start: '15:40' },
  { day: 1, start: '18:40' },
];

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
// The TechDays data keep Casablanca's +01:00 offset; testEvent() does the same.
const localTime = (date: string, minutes: number) => {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${date}T${hours}:${String(minutes % 60).padStart(2, '0')}:00+01:00`;
};

function sessionSlots(startDate: string, session: (typeof sessions)[number]) {
  const date = addDays(startDate, session.day);
  const [hours, minutes] = session.start.split(':').map(Number) as [number, number];
  return Array.from({ length: slotsPerSession }, (_, index) => {
    const from = hours * 60 + minutes + index * slotMinutes;
    return { id: `d${session.day + 1}-${String(from).padStart(4, '0')}`, start: localTime(date, from), end: localTime(date, from + slotMinutes) };
  });
}

export function benchEvent(shape: EventShape): EventDefinition {
  const base = testEvent({ capacity: Math.max(shape.participants, 120) });
  const event = EventDefinition.parse({
    ...base,
    meetings: {
      ...base.meetings,
      slots: sessions.flatMap((session) => sessionSlots(base.startDate, session)),
      tablesPerSlot: shape.tablesPerSlot,
      participantsPickSlots: false,
      requestExpiryHoursBeforeStart: null,
    },
  });
  const blocked = event.meetings.slots.filter((slot) => !isBookable(event, slot));
  if (blocked.length > 0) throw new Error(`Benchmark slots overlap the programme: ${blocked.map((slot) => slot.id).join(', ')}`);
  return event;
}
