import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ulid } from 'ulid';
import { EventDefinition } from '../../shared/events/event-definition';
import { repositoryRoot } from '../../local/load-handler';

/** The seeded TechDays event as the data file has it. */
export function techDaysEvent(): EventDefinition {
  const file = path.join(repositoryRoot, 'data/events/techdays-casablanca-2019.json');
  return EventDefinition.parse(JSON.parse(readFileSync(file, 'utf8')));
}

const hour = 3_600_000;

function shift(iso: string, byMs: number): string {
  // Keep the event's +01:00 offset so times read as Casablanca local time.
  const shifted = new Date(Date.parse(iso) + byMs + hour);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+01:00');
}

/**
 * A copy of the TechDays event with its own id, moved so that it starts `startsInDays` from now
 * (time-based rules are tested on such events, never on the real 2019 dates).
 *
 * Its time zone is Africa/Lagos, UTC+01:00 all year in every tz database: the copy keeps the data's
 * +01:00 offsets, which are no longer Casablanca's after 2026-09-20 in tzdata 2026c (Node 24: +00:00;
 * Debian's Chromium still says +01:00), so in Casablanca its times would read an hour apart in the
 * page and in the test's expectation (docs/testing.md, "Time zones").
 */
export function testEvent(overrides: Partial<EventDefinition> = {}, startsInDays = 30): EventDefinition {
  const base = techDaysEvent();
  const offsetMs = Date.now() + startsInDays * 24 * hour - Date.parse(`${base.startDate}T00:00:00+01:00`);
  const dayMs = Math.round(offsetMs / (24 * hour)) * 24 * hour;
  const moveDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
  return EventDefinition.parse({
    ...base,
    id: `test-${ulid().toLowerCase()}`,
    timeZone: 'Africa/Lagos',
    startDate: moveDate(base.startDate),
    endDate: moveDate(base.endDate),
    programme: base.programme.map((item) => ({ ...item, start: shift(item.start, dayMs), end: shift(item.end, dayMs) })),
    meetings: { ...base.meetings, slots: base.meetings.slots.map((slot) => ({ ...slot, start: shift(slot.start, dayMs), end: shift(slot.end, dayMs) })) },
    ...overrides,
  });
}
