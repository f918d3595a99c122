import { describe, expect, it } from 'vitest';
import { agendaOf } from '../../web/src/console/participant-agenda';

/** The per-participant view of a "Schedule all" preview: meetings in time order and breaks as the run counts them. */
const slot = (id: string, day: string, hour: number) => ({ id, start: `${day}T${String(hour).padStart(2, '0')}:00:00+01:00`, end: `${day}T${String(hour).padStart(2, '0')}:20:00+01:00` });
const slots = [slot('a9', '2026-04-09', 9), slot('a10', '2026-04-09', 10), slot('a11', '2026-04-09', 11), slot('a12', '2026-04-09', 12), slot('a13', '2026-04-09', 13), slot('b9', '2026-04-10', 9), slot('b10', '2026-04-10', 10)];
const meeting = (slotId: string | undefined, status: 'planned' | 'unplaced' = 'planned', with_ = 'OTHER') => ({ status, slotId, participants: [{ registrationId: 'ME' }, { registrationId: with_ }] });
const dayOf = (iso: string) => iso.slice(0, 10);

describe('agendaOf', () => {
  it('lists meetings in time order, one break per run of free slots between two meetings of a day, no break before the first or after the last', () => {
    const placements = [meeting('a12'), meeting('a9'), meeting('b10'), meeting(undefined, 'unplaced'), { status: 'planned' as const, slotId: 'a10', participants: [{ registrationId: 'X' }, { registrationId: 'Y' }] }];
    const lines = agendaOf('ME', placements, slots, dayOf);
    expect(lines.map((line) => (line.kind === 'meeting' ? line.slot.id : `break:${line.idleSlots}:${line.start.slice(11, 16)}-${line.end.slice(11, 16)}`))).toEqual([
      'a9',
      'break:2:10:00-11:20',
      'a12',
      // Day two: one meeting, no break (the morning before it is free time, not a break); the day change is no break either.
      'b10',
    ]);
  });

  it('is empty for someone with no placed meeting', () => {
    expect(agendaOf('ME', [meeting(undefined, 'unplaced')], slots, dayOf)).toEqual([]);
  });
});
