import { describe, expect, it } from 'vitest';
import { EventDefinition } from '../../shared/events/event-definition';
import { storedEventDefinition } from '../../shared/events/stored-event';
import { testEvent } from '../support/test-event';

describe('a stored event definition, read without the full schema', () => {
  it('reads back what the schema wrote, unchanged', () => {
    const event = testEvent();
    expect(storedEventDefinition(structuredClone(event), event.id)).toEqual(event);
  });

  it('fills the defaults the schema fills, as the schema does', () => {
    const { assumptions: _assumptions, ...event } = testEvent();
    const { maxPendingOutgoingRequests: _max, ...meetings } = event.meetings;
    const stored = { ...event, meetings };
    expect(storedEventDefinition(structuredClone(stored), event.id)).toEqual(EventDefinition.parse(stored));
  });

  it("refuses another event's item and a definition missing what readers index", () => {
    const event = testEvent();
    expect(() => storedEventDefinition(event, 'another-event')).toThrow(`its id is ${event.id}`);
    const { programme: _programme, ...withoutProgramme } = event;
    expect(() => storedEventDefinition(withoutProgramme, event.id)).toThrow('programme (array)');
    expect(() => storedEventDefinition({ ...event, meetings: { ...event.meetings, slots: undefined } }, event.id)).toThrow('meetings.slots (array)');
    expect(() => storedEventDefinition('not an object', event.id)).toThrow('is not one this code wrote');
  });
});
