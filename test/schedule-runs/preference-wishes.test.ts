import { describe, expect, it } from 'vitest';
import { preferenceWishes } from '../../shared/schedule-runs/preference-wishes';
import { testEvent } from '../support/test-event';

const event = testEvent();
const slots = event.meetings.slots;
const index = (slotId: string) => slots.findIndex((slot) => slot.id === slotId);

describe('a participant\'s scheduling preferences as the scheduler\'s wishes', () => {
  it('keeps both ends of a block free: a block from a slot to itself is that slot', () => {
    const [keepFree] = preferenceWishes(event, slots, { keepFree: [{ fromSlotId: slots[2]!.id, toSlotId: slots[2]!.id }] });
    expect(keepFree!.slots).not.toContain(2);
    expect(keepFree!.slots).toHaveLength(slots.length - 1);
    const [wider] = preferenceWishes(event, slots, { keepFree: [{ fromSlotId: slots[1]!.id, toSlotId: slots[3]!.id }] });
    expect(wider!.slots.filter((slot) => slot >= 1 && slot <= 3)).toEqual([]);
    expect(wider!.slots).toContain(0);
    expect(wider!.slots).toContain(4);
  });

  it('reads earliest and latest as the event\'s wall-clock times: a slot starting at `earliest` and one ending at `latest` honour them', () => {
    const first = slots[0]!;
    const time = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
    const [earliest, latest] = preferenceWishes(event, slots, { earliest: time(slots[1]!.start), latest: time(first.end) });
    expect(earliest!.slots).not.toContain(index(first.id));
    expect(earliest!.slots).toContain(1);
    expect(latest!.slots).toContain(0);
    expect(latest!.slots).not.toContain(1);
  });
});
