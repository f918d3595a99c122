/**
 * Converts an instance of the B2B Meeting Scheduling benchmark (Bofill et al., JAIR; JSON format described
 * in bench/scheduling/instances/README.md, where the instances are kept) into a {@link SchedulingProblem}.
 *
 * Mapping: slots 1..morningSlots form session "am", the others session "pm" (one day); participants are
 * "1".."n"; meeting k (1-based) gets id "m<k>"; "am"/"pm" wishes become session wishes; forbidden slots
 * become unavailability; fixed slots become locked meetings. All indices become 0-based.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GapScope, MeetingRequest, ParticipantDefinition, SchedulingProblem, SlotDefinition } from '../../shared/scheduling/model';

export interface BenchmarkInstance {
  readonly name: string;
  readonly variant?: string;
  readonly participants: number;
  readonly tables: number;
  readonly slots: number;
  readonly morningSlots: number;
  readonly meetings: readonly { readonly a: number; readonly b: number; readonly session: 'am' | 'pm' | 'any' }[];
  readonly forbiddenSlots: Readonly<Record<string, readonly number[]>>;
  readonly fixedSlots: Readonly<Record<string, number>>;
  readonly bestKnown?: { readonly breaks: number; readonly idleSlots: number };
}

export function benchmarkToProblem(instance: BenchmarkInstance, gapScope: GapScope = 'day'): SchedulingProblem {
  const slots: SlotDefinition[] = [];
  for (let k = 1; k <= instance.slots; k++) {
    slots.push({ id: String(k), session: k <= instance.morningSlots ? 'am' : 'pm', day: 'day1' });
  }
  const participants: ParticipantDefinition[] = [];
  for (let p = 1; p <= instance.participants; p++) {
    const forbidden = instance.forbiddenSlots[String(p)] ?? [];
    participants.push({ id: String(p), unavailable: forbidden.map((s) => s - 1) });
  }
  const meetings: MeetingRequest[] = instance.meetings.map((m, i) => {
    const fixed = instance.fixedSlots[String(i + 1)];
    return {
      id: `m${i + 1}`,
      a: String(m.a),
      b: String(m.b),
      ...(m.session === 'any' ? {} : { sessionWish: m.session }),
      ...(fixed === undefined ? {} : { fixed: { slot: fixed - 1 } }),
    };
  });
  return { slots, tables: instance.tables, participants, meetings, gapScope };
}

/** The published instances, kept in the repository (bench/scheduling/instances/, with their README). */
export const INSTANCE_DIR = fileURLToPath(new URL('./instances/', import.meta.url));

/** Names (file names without .json) of the instances in a folder, sorted. */
export function instanceNames(dir: string = INSTANCE_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function loadInstance(name: string, dir: string = INSTANCE_DIR): BenchmarkInstance {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as BenchmarkInstance;
}
