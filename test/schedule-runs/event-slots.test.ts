import { describe, expect, it } from 'vitest';
import { schedulingSlots } from '../../shared/schedule-runs/event-slots';
import { matchesFilter } from '../../local/event-filter';
import { streamWorkers } from '../../shared/workers/index';
import { techDaysEvent } from '../support/test-event';

describe('the event as the scheduler sees it', () => {
  const event = techDaysEvent();

  it('orders the slots and groups them into days and back-to-back sessions', () => {
    const { slotIds, slots, tables } = schedulingSlots({ ...event, meetings: { ...event.meetings, slots: [...event.meetings.slots].reverse() } });
    expect(slotIds[0]).toBe('d1-1400');
    expect(slotIds.at(-1)).toBe('d2-1740');
    expect(new Set(slots.map((slot) => slot.day))).toEqual(new Set(['2019-04-09', '2019-04-10']));
    expect(new Set(slots.map((slot) => slot.session)).size).toBe(2);
    expect(tables.every((count) => count === event.meetings.tablesPerSlot)).toBe(true);
  });

  it('starts a new session after a pause, and gives no table where a programme session takes the slot', () => {
    const withPause = event.meetings.slots.filter((slot) => slot.id !== 'd1-1500');
    const withTalk = { ...event, programme: [...event.programme, { ...event.programme[0]!, id: 'talk', start: '2019-04-09T16:00:00+01:00', end: '2019-04-09T16:20:00+01:00' }] };
    const { slotIds, slots, tables } = schedulingSlots({ ...withTalk, meetings: { ...event.meetings, slots: withPause } });
    expect(new Set(slots.map((slot) => slot.session)).size).toBe(3);
    expect(tables[slotIds.indexOf('d1-1600')]).toBe(0);
    expect(tables[slotIds.indexOf('d1-1620')]).toBe(event.meetings.tablesPerSlot);
  });
});

describe('stream filter patterns (local poller, as Lambda event filtering)', () => {
  const publisher = streamWorkers.find((worker) => worker.id === 'publishScheduleRuns')!;
  const record = (image: Record<string, { S: string }>) => ({ dynamodb: { NewImage: image } });

  it('passes run items being published, and nothing else', () => {
    expect(matchesFilter(publisher.filterPattern!, record({ entityType: { S: 'schedule-run' }, status: { S: 'publishing' }, runId: { S: 'x' } }))).toBe(true);
    expect(matchesFilter(publisher.filterPattern!, record({ entityType: { S: 'schedule-run' }, status: { S: 'published' } }))).toBe(false);
    expect(matchesFilter(publisher.filterPattern!, record({ entityType: { S: 'meeting-request' }, status: { S: 'publishing' } }))).toBe(false);
    expect(matchesFilter(publisher.filterPattern!, { dynamodb: {} })).toBe(false);
  });
});
