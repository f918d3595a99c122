import type { CompiledProblem } from '../compile';

/**
 * The items of (meeting, slot) placements grouped as the coverage rules need them: by slot (at most `tables`
 * per slot) and by participant and slot (at most one meeting each). Shared by the SAT coverage formula
 * (variables) and the LP relaxation (columns).
 */
export class PlacementGroups<T> {
  readonly bySlot: T[][];
  private readonly byParticipantSlot = new Map<number, T[]>();

  constructor(private readonly cp: CompiledProblem) {
    this.bySlot = Array.from({ length: cp.S }, () => []);
  }

  add(meeting: number, slot: number, item: T): void {
    this.bySlot[slot]!.push(item);
    for (const p of [this.cp.ma[meeting]!, this.cp.mb[meeting]!]) {
      const key = p * this.cp.S + slot;
      const list = this.byParticipantSlot.get(key);
      if (list === undefined) this.byParticipantSlot.set(key, [item]);
      else list.push(item);
    }
  }

  /** One list per participant and slot that some placement uses. */
  participantSlots(): Iterable<T[]> {
    return this.byParticipantSlot.values();
  }
}
