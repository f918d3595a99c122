import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDirty } from '../../shared/matchmaking/dirty-set';
import { planRefresh } from '../../shared/matchmaking/refresh-plan';
import { refreshCoalesced } from '../../shared/matchmaking/refresh-recommendations';
import { allLists, directoryCandidates } from '../../shared/matchmaking/recommendation-store';
import { registerRetryingBusy, registrationBody } from '../support/registrations';
import { startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/**
 * The recommendations worker under a burst: `burst` people register at once (all confirmed and listed),
 * then the stream drains. Measures how many refreshes the worker ran and how long they took (the
 * worker's own log line), and checks the stored lists equal a full recomputation: whatever the
 * worker coalesces, no change may be lost (docs/matchmaking.md, "Bursts").
 *
 * `npm test` sends 60 (enough for concurrent transactions on the counters item and records spread over
 * stream batches; workers coalescing at the same time are the next test's); the figures in
 * docs/matchmaking.md are of `BURST_REGISTRATIONS=200` (`npm run test:long`).
 */
const burst = Number(process.env.BURST_REGISTRATIONS ?? 60);
const event = testEvent({ capacity: 1000 });
const topics = ['cold-chain', 'fleet-management', 'port-logistics', 'last-mile', 'supply-chain-software', 'iot', 'ai-data'];
let app: TestApp;
/** One line per worker invocation; `rounds` and `refreshMs` (refreshes run, their time) since coalescing: before, one refresh each. */
const refreshes: { changed: number; mode: string; durationMs: number; rounds?: number; refreshMs?: number }[] = [];
const originalWrite = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  app = await startTestApp([event], { LOG_LEVEL: 'info' });
  // The worker's "recommendations refreshed" lines are counted; the other info lines are dropped.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = chunk.toString();
    for (const line of text.split('\n')) {
      if (line.includes('"recommendations refreshed"') && line.includes(event.id)) refreshes.push(JSON.parse(line));
    }
    if (text.includes('"level":"info"')) return true;
    return (originalWrite as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
}, 60_000);

afterAll(async () => {
  process.stdout.write = originalWrite;
  await app?.stop();
});

const registerRetrying = (overrides: Record<string, unknown>) => registerRetryingBusy(app, event.id, registrationBody(overrides));

/** Every stored list equals a full recomputation from the directory as it is now. */
async function expectListsAsRecomputed(listed: number): Promise<void> {
  const candidates = await directoryCandidates(event.id);
  expect(candidates).toHaveLength(listed);
  const expected = planRefresh({ settings: event.matchmaking!, candidates, stored: new Map(), changedIds: [], now: new Date() });
  const stored = await allLists(event.id);
  expect(stored.size).toBe(listed);
  for (const list of expected.save) expect(stored.get(list.registrationId)?.recommendations, list.registrationId).toEqual(list.recommendations);
}

describe('the recommendations worker under a burst of registrations', () => {
  it('keeps every list equal to a full recomputation, and says how many refreshes it took', async () => {
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: burst }, (_, index) =>
        registerRetrying({
            firstName: `P${index}`,
            country: index % 2 === 0 ? 'MA' : 'FR',
            organisation: `Org ${index}`,
            clusterId: undefined,
            sectors: ['transport-logistics', 'ict'],
            profile: { offer: '', request: '', offerTags: [topics[index % topics.length]!], requestTags: [topics[(index * 3 + 1) % topics.length]!] },
        }),
      ),
    );
    expect(responses.map((response) => response.status).filter((status) => status !== 201)).toEqual([]);
    const registered = Date.now();
    // The mailer's emails (one per registration) share the machine: drain again while a stream is still busy.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await app.drainStreams();
        break;
      } catch (error) {
        if (attempt === 5) throw error;
      }
    }
    const drained = Date.now();

    await expectListsAsRecomputed(burst);

    const rounds = refreshes.reduce((sum, refresh) => sum + (refresh.rounds ?? 1), 0);
    const refreshMs = refreshes.reduce((sum, refresh) => sum + (refresh.refreshMs ?? refresh.durationMs), 0);
    const invocationMs = refreshes.reduce((sum, refresh) => sum + refresh.durationMs, 0);
    console.log(
      `burst of ${burst}: ${refreshes.length} worker invocations (changes/rounds/refresh ms/invocation ms: ${refreshes.map((refresh) => `${refresh.changed}/${refresh.rounds ?? 1}/${refresh.refreshMs ?? '-'}/${refresh.durationMs}`).join(', ')}), ` +
        `${rounds} refreshes taking ${refreshMs} ms, invocations ${invocationMs} ms (waits included), ` +
        `registrations ${registered - started} ms, drained ${drained - registered} ms after; load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`,
    );
  }, 300_000);

  it('applies every change when workers refresh at the same time: one holds the lease, the others’ changes go with it', async () => {
    const newcomers = await Promise.all(
      Array.from({ length: 9 }, (_, index) =>
        registerRetrying({ firstName: `Late${index}`, country: 'TN', organisation: `Late ${index}`, clusterId: undefined, sectors: ['ict'], profile: { offer: '', request: '', offerTags: ['ai-data'], requestTags: ['iot'] } }),
      ),
    );
    const ids: string[] = (await Promise.all(newcomers.map((response) => response.json()))).map((created: { registrationId: string }) => created.registrationId);
    // The app's own stream worker has refreshed for the newcomers first: on a loaded machine it could mark
    // them again after the three workers below cleared them, and the dirty set read at the end would be its.
    await app.drainStreams();
    const outcomes = await Promise.all([0, 3, 6].map((start) => refreshCoalesced(event.id, ids.slice(start, start + 3))));
    expect(outcomes.reduce((sum, outcome) => sum + (outcome.rounds ?? 0), 0)).toBeGreaterThan(0);
    expect((await readDirty(event.id)).ids.filter((id) => ids.includes(id))).toEqual([]);
    await expectListsAsRecomputed(burst + 9);
    console.log(`three concurrent workers: rounds ${outcomes.map((outcome) => outcome.rounds).join(', ')}`);
  }, 120_000);
});
