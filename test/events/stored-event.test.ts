import { describe, expect, it } from 'vitest';
import { EventDefinition } from '../../shared/events/event-definition';
import { storedEventDefinition } from '../../shared/events/stored-event';
import { testEvent } from '../support/test-event';

/** The paths of the schema's defaults (zod fills them on parse; the stored read must fill them too). */
function defaultPaths(schema: unknown, path = ''): string[] {
  const def = (schema as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'default':
      return [path, ...defaultPaths(def.innerType, path)];
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, child]) => defaultPaths(child, path ? `${path}.${key}` : key));
    case 'array':
      return defaultPaths(def.element, `${path}[]`);
    case 'optional':
    case 'nullable':
    case 'readonly':
      return defaultPaths(def.innerType, path);
    case 'pipe':
      return defaultPaths(def.in, path);
    case 'union':
      return (def.options as unknown[]).flatMap((option) => defaultPaths(option, path));
    default:
      return [];
  }
}

describe('a stored event definition, read without the full schema', () => {
  it('knows every default the schema fills (a new default must be filled by storedEventDefinition too)', () => {
    expect(defaultPaths(EventDefinition).sort()).toEqual(['assumptions', 'meetings.maxPendingOutgoingRequests']);
  });

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
