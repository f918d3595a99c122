import * as z from 'zod/mini';
import { solverWasmFiles } from '../../../scheduling-runtime/solver-wasm-files';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-route-basics';
import { ulidParameter } from '../../path-parameters';
import { withMeta } from '../../../openapi/schema-metadata';
import { lazySchema } from '../../../openapi/lazy-schema';

export const RunParams = lazySchema(() => z.extend(AdminEventParams(), { runId: ulidParameter('must be a schedule run id (ULID)') }));

/**
 * The most work a preview may ask for: about 8–12 s of one vCPU (1.2–1.8 M units a second, docs/scheduling.md,
 * "Work budget"), so that the 20 s guard, the API's time limit, does not cut it even on a slower core.
 */
export const maxPreviewWork = 15_000_000;

export const ScheduleBody = lazySchema(() => withMeta(z.strictObject({
  seed: withMeta(z._default(z.int().check(z.gte(1), z.lte(2 ** 31 - 1)), 1), {
    description: 'The search\'s random seed. With `work`, the same seed and data give the same schedule; with a time budget alone the schedule also depends on the CPU the search got.',
  }),
  timeLimitMs: withMeta(z.optional(z.int().check(z.gte(100), z.lte(20_000))), {
    description: 'Search budget in milliseconds: the best schedule found by then is returned. Default 5000; with `work`, a guard only (default 20000), and `solver.stoppedBy: "time"` says it cut the run.',
  }),
  work: withMeta(z.optional(z.int().check(z.gte(1_000), z.lte(maxPreviewWork))), {
    description: 'Search budget as work (about 1 to 2 million units per second of one vCPU): the same seed, data and work give the same schedule on any machine.',
  }),
}), { id: 'ScheduleRequest' }));

const Placement = lazySchema(() => withMeta(z.object({
  meetingRequestId: z.string(),
  status: z.enum(['planned', 'placed', 'conflict', 'unplaced']),
  participants: z.array(z.object({ registrationId: z.string(), name: z.optional(z.string()), organisation: z.optional(z.string()) })),
  slotId: z.optional(z.string()),
  start: z.optional(z.string()),
  end: z.optional(z.string()),
  table: z.optional(z.int()),
  reason: withMeta(z.optional(z.string()), { description: 'Why unplaced or in conflict (a stable code); `detail` says it in a sentence.' }),
  detail: z.optional(z.string()),
  overbooked: withMeta(z.optional(z.object({ registrationId: z.string(), meetings: z.int(), slots: z.int() })), {
    description: "With reason `participant-overbooked`: which side, their accepted meetings that could take place, and the slots they could meet in (fewer)",
  }),
  slotsTaken: withMeta(z.optional(z.object({
    slots: z.int(),
    byMeetingsOf: z.array(z.object({ registrationId: z.string(), slots: z.int() })),
    noFreeTable: z.int(),
  })), {
    description: 'With reason `no-free-slot`: the slots both sides could use, how many hold another meeting of each side, and how many have every table taken',
  }),
  unavailableEverywhere: withMeta(z.optional(z.object({ registrationId: z.string() })), {
    description: 'With reason `no-common-slot`: the side unavailable in every meeting slot, if one is',
  }),
}), { id: 'SchedulePlacement' }));

const Counts = () => z.object({ accepted: z.int(), kept: z.int(), planned: z.int(), unplaced: z.int(), placed: z.int(), conflicts: z.int(), waiting: z.int() });
const Progress = () => z.object({ total: z.int(), placed: z.int(), conflicts: z.int(), notified: z.int(), updatedAt: z.string() });

export const ScheduleRunView = lazySchema(() => withMeta(z.object({
  runId: z.string(),
  eventId: z.string(),
  status: z.enum(['ready', 'publishing', 'published']),
  createdAt: z.string(),
  seed: z.int(),
  timeLimitMs: z.int(),
  work: withMeta(z.optional(z.int()), { description: 'The work budget asked for, if any' }),
  publishRequestedAt: z.optional(z.string()),
  publishedAt: z.optional(z.string()),
  counts: Counts(),
  figures: z.looseObject({ placed: z.int(), breaks: z.int(), idleSlots: z.int(), maxBreaksPerParticipant: z.int() }),
  coverage: withMeta(z.optional(z.object({
      placed: z.int(),
      provablyPlaceable: withMeta(z.int(), { description: 'The most of these meetings any schedule can place, as far as known: `placed` when proven, else an upper bound' }),
      provedMaximal: withMeta(z.boolean(), { description: 'No schedule places more of these meetings' }),
      provedBy: withMeta(z.optional(z.enum(['bound', 'solver'])), { description: '`bound`: the schedule reaches the coverage upper bound; `solver`: the SAT solver refuted placing one more' }),
    })), { description: 'Whether the unplaced meetings were avoidable: counts over the meetings the solver placed, confirmed ones kept included (docs/scheduling-runs.md)' }),
  wishes: withMeta(z.object({
      expressed: z.int(),
      honoured: z.int(),
      summary: withMeta(z.object({ fr: z.string(), en: z.string(), ar: z.string() }), { description: '"n of m wishes honoured" in each language' }),
    }), { description: 'Proposed slots and participants\' scheduling preferences the schedule honours (docs/scheduling.md, "Wishes")' }),
  solver: z.object({
    iterations: z.int(),
    elapsedMs: z.number(),
    stoppedBy: z.string(),
    work: withMeta(z.optional(z.int()), { description: 'Work the search spent' }),
    provedOptimal: withMeta(z.optional(z.boolean()), { description: 'The SAT solver proved that no schedule has fewer breaks without giving someone more than 2 breaks.' }),
  }),
  progress: z.optional(Progress()),
  placements: z.optional(z.array(Placement())),
}), { id: 'ScheduleRun', description: 'docs/scheduling-runs.md explains every field.' }));

const runTables = { registrations: 'read', meetingRequests: 'readWrite' } as const;

export const createScheduleRoute = defineRoute({
  operationId: 'createScheduleRun',
  method: 'POST',
  path: '/admin/events/{eventId}/schedule',
  auth: 'organiserKey',
  summary: 'Schedule all: a provisional schedule of every accepted meeting (confirmed ones stay); books nothing',
  tags: ['admin', 'scheduling'],
  request: { params: AdminEventParams, body: ScheduleBody },
  responses: {
    201: { description: 'The preview: where each accepted meeting would go, what could not be placed and why, the figures', schema: ScheduleRunView },
    ...adminProblems,
    404: problemResponse('No such event'),
    409: problemResponse('No accepted meeting is waiting for a time, or the event has no meeting slots'),
  },
  tables: runTables,
  compute: { memoryMb: 1769, timeoutSeconds: 29, bundledFiles: solverWasmFiles },
});

export const getScheduleRoute = defineRoute({
  operationId: 'getScheduleRun',
  method: 'GET',
  path: '/admin/events/{eventId}/schedule/{runId}',
  auth: 'organiserKey',
  summary: 'A schedule run: its preview, and while publishing, its progress',
  tags: ['admin', 'scheduling'],
  request: {
    params: RunParams,
    query: lazySchema(() => z.object({
      placements: withMeta(z._default(z.enum(['true', 'false']), 'true'), { description: '`false`: figures, counts and progress only (for polling while a run publishes)' }),
    })),
  },
  responses: { 200: { description: 'The run', schema: ScheduleRunView }, ...adminProblems, 404: problemResponse('No such event or run') },
  tables: runTables,
});

export const publishScheduleRoute = defineRoute({
  operationId: 'publishScheduleRun',
  method: 'POST',
  path: '/admin/events/{eventId}/schedule/{runId}/publish',
  auth: 'organiserKey',
  summary: 'Publish a run in the background: books each planned meeting, then emails each participant their agenda (idempotent; resumes)',
  tags: ['admin', 'scheduling'],
  request: { params: RunParams },
  responses: {
    202: { description: 'Publishing (or already published); follow the progress with GET', schema: ScheduleRunView },
    ...adminProblems,
    404: problemResponse('No such event or run'),
    409: problemResponse('Another run of this event is being published'),
  },
  tables: runTables,
});
