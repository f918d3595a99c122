import * as z from 'zod';
import { satSolverWasmFile } from '../../../scheduling-runtime/sat-solver-file';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-route-basics';
import { ulidParameter } from '../../path-parameters';

export const RunParams = AdminEventParams.extend({ runId: ulidParameter('must be a schedule run id (ULID)') });

export const ScheduleBody = z
  .object({
    seed: z.int().min(1).max(2 ** 31 - 1).default(1).meta({ description: 'Same seed, same data → same schedule.' }),
    timeLimitMs: z.int().min(100).max(20_000).default(5_000).meta({ description: 'Search budget; the best schedule found by then is returned.' }),
  })
  .meta({ id: 'ScheduleRequest' });

const Placement = z
  .object({
    meetingRequestId: z.string(),
    status: z.enum(['planned', 'placed', 'conflict', 'unplaced']),
    participants: z.array(z.object({ registrationId: z.string(), name: z.string().optional(), organisation: z.string().optional() })),
    slotId: z.string().optional(),
    start: z.string().optional(),
    end: z.string().optional(),
    table: z.int().optional(),
    reason: z.string().optional().meta({ description: 'Why unplaced or in conflict (a stable code); `detail` says it in a sentence.' }),
    detail: z.string().optional(),
  })
  .meta({ id: 'SchedulePlacement' });

const Counts = z.object({ accepted: z.int(), kept: z.int(), planned: z.int(), unplaced: z.int(), placed: z.int(), conflicts: z.int(), waiting: z.int() });
const Progress = z.object({ total: z.int(), placed: z.int(), conflicts: z.int(), notified: z.int(), updatedAt: z.string() });

export const ScheduleRunView = z
  .object({
    runId: z.string(),
    eventId: z.string(),
    status: z.enum(['ready', 'publishing', 'published']),
    createdAt: z.string(),
    seed: z.int(),
    timeLimitMs: z.int(),
    publishRequestedAt: z.string().optional(),
    publishedAt: z.string().optional(),
    counts: Counts,
    figures: z.looseObject({ placed: z.int(), breaks: z.int(), idleSlots: z.int(), maxBreaksPerParticipant: z.int() }),
    wishes: z
      .object({
        expressed: z.int(),
        honoured: z.int(),
        summary: z.object({ fr: z.string(), en: z.string(), ar: z.string() }).meta({ description: '"n of m wishes honoured" in each language' }),
      })
      .meta({ description: 'Proposed slots and participants\' scheduling preferences the schedule honours (docs/scheduling.md, "Wishes")' }),
    solver: z.object({
      iterations: z.int(),
      elapsedMs: z.number(),
      stoppedBy: z.string(),
      provedOptimal: z.boolean().optional().meta({ description: 'The SAT solver proved that no schedule has fewer breaks without giving someone more than 2 breaks.' }),
    }),
    progress: Progress.optional(),
    placements: z.array(Placement).optional(),
  })
  .meta({ id: 'ScheduleRun', description: 'docs/scheduling-runs.md explains every field.' });

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
    409: problemResponse('No accepted meeting is waiting for a time'),
  },
  tables: runTables,
  compute: { memoryMb: 1769, timeoutSeconds: 29, bundledFiles: [satSolverWasmFile] },
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
    query: z.object({
      placements: z.enum(['true', 'false']).default('true').meta({ description: '`false`: figures, counts and progress only (for polling while a run publishes)' }),
    }),
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
