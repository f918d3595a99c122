/**
 * Simulated annealing over feasible assignments with Kempe-chain, block and ejection moves.
 *
 * Energy = unplacedWeight * unplaced + breaks + idleWeight * idle slots + dispWeight * displacement
 * + wishWeight * unhonoured wishes (wishes.ts; 0 without wishes). The
 * displacement of a participant (per gap group) is the number of their meetings that lie outside the best
 * window of as many consecutive slots, i.e. how many would have to move to make them compact; it is 0
 * exactly when they have no break. Breaks alone are a plateau: a participant with runs of 5 and 4 meetings
 * keeps its break until the last of the 4 has moved (and moving them one by one first adds breaks), while
 * the displacement falls by one at each step. The best schedule is still kept by the lexicographic order
 * (unplaced, breaks + wishWeight * unhonoured wishes, idle slots): a wish is weighed against breaks, never
 * against a placed meeting.
 *
 * Moves:
 * - Kempe chain: take a meeting m in slot s and a target slot t; the meetings of s and t connected to m by
 *   shared participants swap slots. This covers the simple move (nobody busy in t) and the swap of two
 *   meetings, keeps everybody in at most one meeting per slot, and is rejected if it breaks a table limit,
 *   a locked meeting, availability or a session wish. A second seed (a meeting of t) lets the chain
 *   exchange meetings of a full slot.
 * - Focused: the meeting and the target come from a participant with a break: the meeting is moved next
 *   to another of that participant's meetings.
 * - Block (block-move.ts): all meetings of one participant in one day are re-placed as a compact block,
 *   the window and each meeting's slot chosen optimally for the partners (assignment problem).
 * - Insertion with ejection: an unplaced meeting takes a slot, pushing out what blocks it.
 * - Window phase: once the best has one or two breaks and stalls, tabu searches for a schedule without
 *   any break, alternately from the best and from the current schedule (window-phase.ts, window-search.ts).
 *
 * The temperature falls geometrically from t0 to t1 over a cycle of iterations and then jumps back
 * (reheat), continuing from the current schedule.
 *
 * The trajectory depends only on the seed and the iteration count: the clock is read every 512 iterations
 * and only decides where the run stops.
 */
import type { CompiledProblem } from './compile';
import { BlockMover } from './block-move';
import { construct } from './construct';
import { Prng } from './prng';
import { SearchState } from './search-state';
import { WindowPhase } from './window-phase';
import type { WorkMeter } from './work-meter';

export interface SearchParams {
  readonly seed: number;
  /** performance.now() value at which the search stops. */
  readonly deadline: number;
  readonly maxIterations: number;
  /**
   * A work budget (work-meter.ts), shared by the phases of one solve: the search stops when it is spent
   * (its iterations and window-search steps are charged to it), whatever maxIterations says.
   */
  readonly meter?: WorkMeter;
  /** With a meter: stop when it has reached this much work (default: the whole budget). */
  readonly workCap?: number;
  /**
   * With a time budget (time-to-work.ts): once the clock reaches `atMs`, the search asks `resolve` for its
   * deadline (the solver then knows how much work the budget buys, and so where this first search ends).
   */
  readonly calibration?: { readonly atMs: number; readonly resolve: () => number };
  readonly targetBreaks: number;
  readonly idleWeight: number;
  /** Weight of one unhonoured wish against one break (SolveOptions.wishWeight); irrelevant without wishes. */
  readonly wishWeight: number;
  readonly tuning?: Readonly<Record<string, number>>;
}

export interface SearchOutcome {
  /** Best assignment found (slot per meeting, -1 = unplaced). */
  readonly best: Int32Array;
  readonly iterations: number;
  readonly stoppedBy: 'time' | 'iterations' | 'target';
  readonly bestFoundAtIteration: number;
  readonly restarts: number;
}

const UNPLACED_WEIGHT = 8;
/** Weight of one displaced meeting (SearchState.gDisp) in the energy; 0 switches the term off. */
const DISPLACEMENT_WEIGHT = 2;
const CHECK_CLOCK_EVERY = 512;

/**
 * Run the annealing from `initial` (slot per meeting) or, without it, from the constructive phase.
 * The returned best is never worse (lexicographically) than the starting point.
 */
export function runSearch(cp: CompiledProblem, params: SearchParams, initial?: Int32Array): SearchOutcome {
  const rng = new Prng(params.seed);
  const wD = params.tuning?.['dispWeight'] ?? DISPLACEMENT_WEIGHT;
  // Scaled with the displacement weight so that placing a meeting keeps priority over compactness.
  const wU = UNPLACED_WEIGHT * (1 + wD);
  const state = new SearchState(cp, wD > 0);
  const { M, S } = cp;
  const wI = params.idleWeight;
  const wW = params.wishWeight;
  if (initial === undefined) construct(state, rng, wI, wW);
  else state.load(initial);

  const best = Int32Array.from(state.slotOf);
  let bestU = state.unplaced.size;
  // Breaks and unhonoured wishes in one score (wishes.ts); equal to the breaks when there are no wishes.
  const scoreOf = (breaks: number, unhonoured: number): number => breaks + wW * unhonoured;
  let bestB = state.breaks;
  let bestScore = scoreOf(state.breaks, state.unhonoured);
  let bestI = state.idle;
  let bestIter = 0;
  const isTarget = (): boolean =>
    state.unplaced.size === 0 && state.breaks <= params.targetBreaks && (state.unhonoured === 0 || wW === 0);
  if (isTarget() || state.placeable === 0) {
    return { best, iterations: 0, stoppedBy: 'target', bestFoundAtIteration: 0, restarts: 0 };
  }

  // Movable meetings (placeable and not locked).
  const movable: number[] = [];
  for (let m = 0; m < M; m++) if (!cp.preUnplaced.has(m) && cp.fixedSlot[m]! < 0) movable.push(m);
  if (movable.length === 0) {
    return { best, iterations: 0, stoppedBy: 'target', bestFoundAtIteration: 0, restarts: 0 };
  }
  const movableArr = Int32Array.from(movable);

  const tune = (key: string, fallback: number): number => params.tuning?.[key] ?? fallback;
  const cycleLength = Math.round(Math.max(100_000, tune('cycleFactor', 1500) * movable.length));
  const t0 = tune('t0', 1.2);
  const t1 = tune('t1', 0.04);
  const pInsert = tune('pInsert', 0.3);
  const pFocus = tune('pFocus', 0.3);
  const pSeedFull = tune('pSeedFull', 0.7);
  const pSeed = tune('pSeed', 0.1);
  const pBlock = tune('pBlock', 0.002);
  const pBlockRandom = tune('pBlockRandom', 0.2);
  const blockMover = new BlockMover(state, wI);
  const P = cp.P;
  const maxChain = Math.max(64, Math.min(4 * Math.max(...cp.cap), M));
  // Window phase (window-phase.ts): zero-break attempts once the best has at most windowMaxBreaks breaks
  // and has not improved for windowAfterStall iterations.
  const windowEvery = Math.round(tune('windowEvery', 1 << 19));
  const windowAfterStall = Math.round(tune('windowAfterStall', 1 << 19));
  // Successful searches on the 302-meeting benchmark days take 200k-500k steps (docs/scheduling.md, ninth round).
  const windowIterations = Math.round(tune('windowIterations', 1_000_000));
  const windowMaxBreaks = tune('windowMaxBreaks', 2);
  let windowPhase: WindowPhase | undefined;
  let windowAttempts = 0;

  let iter = 0;
  // Window-search steps, charged like iterations against a work budget.
  let windowSteps = 0;
  const workLeft = params.meter?.left(params.workCap) ?? Number.POSITIVE_INFINITY;
  let calibration = params.calibration;
  let deadline = params.deadline;
  let restarts = 0;
  let stoppedBy: SearchOutcome['stoppedBy'] = 'iterations';
  let temperature = t0;
  const pickVictim = (n: number): number => rng.int(n);
  const windowPhaseDue = (): boolean =>
    iter > 0 &&
    iter % windowEvery === 0 &&
    iter - bestIter >= windowAfterStall &&
    bestU === 0 &&
    bestB > params.targetBreaks &&
    bestB <= windowMaxBreaks;

  for (;;) {
    if (iter >= params.maxIterations || iter + windowSteps >= workLeft) {
      stoppedBy = 'iterations';
      break;
    }
    if (iter % CHECK_CLOCK_EVERY === 0) {
      const now = performance.now();
      if (now >= deadline) {
        stoppedBy = 'time';
        break;
      }
      if (calibration !== undefined && now >= calibration.atMs) {
        deadline = calibration.resolve();
        calibration = undefined;
        continue;
      }
    }
    if ((iter & 255) === 0) {
      const phase = (iter % cycleLength) / cycleLength;
      temperature = t0 * Math.pow(t1 / t0, phase);
    }
    if (iter > 0 && iter % cycleLength === 0) restarts++;
    if (windowPhaseDue()) {
      windowPhase ??= new WindowPhase(cp);
      // Alternately from the best schedule (fewest breaks) and from the current one (diversity).
      const from = windowAttempts++ % 2 === 0 ? best : state.slotOf;
      const attempt = windowPhase.attempt(from, rng, Math.min(windowIterations, Math.max(1, workLeft - iter - windowSteps)), deadline);
      windowSteps += attempt.steps;
      const found = attempt.found;
      const foundScore = found === null ? Infinity : scoreOf(found.breaks, found.unhonoured);
      if (found !== null && found.unplaced === 0 && (foundScore < bestScore || (foundScore === bestScore && found.idle < bestI))) {
        state.load(found.schedule);
        bestB = found.breaks;
        bestScore = foundScore;
        bestI = found.idle;
        bestIter = iter;
        best.set(found.schedule);
        if (isTarget()) {
          stoppedBy = 'target';
          break;
        }
      }
    }
    iter++;

    let staged = false;
    const r = rng.next();
    if (r < pBlock) {
      const p = state.breaky.size > 0 && rng.next() < 0.8 ? state.breaky.at(rng.int(state.breaky.size)) : rng.int(P);
      const ps = cp.partStart[p]!;
      const deg = cp.partStart[p + 1]! - ps;
      if (deg === 0) continue;
      const s0 = state.slotOf[cp.partMeetings[ps + rng.int(deg)]!]!;
      if (s0 < 0) continue;
      staged = blockMover.stage(p, cp.slotGroup[s0]!, rng, rng.next() < pBlockRandom, true);
    } else if (state.unplaced.size > 0 && r < pInsert) {
      const m = state.unplaced.at(rng.int(state.unplaced.size));
      const lo = cp.domainStart[m]!;
      const t = cp.domain[lo + rng.int(cp.domainStart[m + 1]! - lo)]!;
      staged = state.stageInsert(m, t, pickVictim);
    } else {
      let m = -1;
      let t = -1;
      if (rng.next() < pFocus && state.breaky.size > 0) {
        const p = state.breaky.at(rng.int(state.breaky.size));
        const ps = cp.partStart[p]!;
        const deg = cp.partStart[p + 1]! - ps;
        const m0 = cp.partMeetings[ps + rng.int(deg)]!;
        const m2 = cp.partMeetings[ps + rng.int(deg)]!;
        const s0 = state.slotOf[m0]!;
        const s2 = state.slotOf[m2]!;
        if (m0 !== m2 && s0 >= 0 && s2 >= 0 && cp.fixedSlot[m0]! < 0) {
          const cand = s2 + (rng.next() < 0.5 ? -1 : 1);
          if (cand >= 0 && cand < S && cand !== s0 && cp.slotGroup[cand] === cp.slotGroup[s2] && cp.legal[m0 * S + cand]) {
            m = m0;
            t = cand;
          }
        }
      }
      if (m < 0) {
        m = movableArr[rng.int(movableArr.length)]!;
        if (state.slotOf[m]! < 0) continue;
        const lo = cp.domainStart[m]!;
        const n = cp.domainStart[m + 1]! - lo;
        if (n < 2) continue;
        t = cp.domain[lo + rng.int(n)]!;
        if (t === state.slotOf[m]) continue;
      }
      const s = state.slotOf[m]!;
      let seed1 = -1;
      if (state.count[t]! > 0 && (state.count[t]! >= cp.cap[t]! ? rng.next() < pSeedFull : rng.next() < pSeed)) {
        seed1 = state.members[t * state.stride + rng.int(state.count[t]!)]!;
      }
      staged = state.stageKempe(m, seed1, s, t, maxChain);
    }
    if (!staged) continue;
    state.evaluate();
    const delta = wU * state.dUnplaced + state.dBreaks + wI * state.dIdle + wD * state.dDisp + wW * state.dUnhonoured;
    if (delta <= 0 || (delta < 20 * temperature && rng.next() < Math.exp(-delta / temperature))) {
      state.commit();
      const u = state.unplaced.size;
      const score = scoreOf(state.breaks, state.unhonoured);
      const idle = state.idle;
      if (u < bestU || (u === bestU && (score < bestScore || (score === bestScore && idle < bestI)))) {
        bestU = u;
        bestB = state.breaks;
        bestScore = score;
        bestI = idle;
        bestIter = iter;
        best.set(state.slotOf);
        if (isTarget()) {
          stoppedBy = 'target';
          break;
        }
      }
    } else {
      state.discard();
    }
  }
  params.meter?.charge(iter + windowSteps);
  return { best, iterations: iter, stoppedBy, bestFoundAtIteration: bestIter, restarts };
}
