import { describe, expect, it } from 'vitest';
import { newlyBusy } from '../../shared/registrations/booked-slots';
import { techDaysEvent } from '../support/test-event';

/** TechDays with one meeting slot inside the MAScIR site visit (11 April, 09:00–11:00). */
const withSlotInVisit = (programmeSessionsBookable: boolean) => {
  const base = techDaysEvent();
  const inVisit = { id: 'd3-0930', start: '2019-04-11T09:30:00+01:00', end: '2019-04-11T09:50:00+01:00' };
  return { ...base, meetings: { ...base.meetings, programmeSessionsBookable, slots: [...base.meetings.slots, inVisit] } };
};

describe('the slots a change of programme or availability makes busy', () => {
  const before = { programme: [], unavailableSlotIds: [] };

  it('counts a slot inside a chosen session where sessions take meetings (a meeting there must not be double-booked)', () => {
    expect(newlyBusy(withSlotInVisit(true), before, { programme: ['visit-mascir'], unavailableSlotIds: ['d1-1400'] })).toEqual(['d1-1400', 'd3-0930']);
  });

  // Where sessions take no meeting, that slot can hold none: looking for one there cost a read and a condition check.
  it('leaves out a slot no meeting may take', () => {
    expect(newlyBusy(withSlotInVisit(false), before, { programme: ['visit-mascir'], unavailableSlotIds: ['d1-1400', 'd3-0930'] })).toEqual(['d1-1400']);
  });
});
