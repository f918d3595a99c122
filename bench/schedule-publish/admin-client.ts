/** The organiser's "Schedule all" routes through the local API, timed, with the event's organiser key. */
import { nowMs } from '../stats';

export interface RunCounts {
  accepted: number;
  kept: number;
  planned: number;
  unplaced: number;
  placed: number;
  conflicts: number;
  waiting: number;
}

/** The fields of the run view (shared/schedule-runs/run-view.ts) the benchmark reads. */
export interface RunBody {
  runId: string;
  status: 'ready' | 'publishing' | 'published';
  publishRequestedAt?: string;
  publishedAt?: string;
  counts: RunCounts;
  figures: Record<string, number>;
  solver: { iterations: number; elapsedMs: number; stoppedBy: string };
  progress?: { total: number; placed: number; conflicts: number; notified: number; updatedAt: string };
  /** Absent when asked with `placements=false`. */
  placements?: { status: string; slotId?: string; table?: number; participants: { registrationId: string }[] }[];
}

export interface TimedResponse {
  status: number;
  body: RunBody;
  bytes: number;
  ms: number;
}

export interface ScheduleAdmin {
  preview(body: { seed: number; timeLimitMs: number }): Promise<TimedResponse>;
  publish(runId: string): Promise<TimedResponse>;
  run(runId: string): Promise<TimedResponse>;
  /** The run without its placements (what an organiser's screen polls). */
  progress(runId: string): Promise<TimedResponse>;
}

export function scheduleAdmin(apiUrl: string, eventId: string, organiserKey: string): ScheduleAdmin {
  const call = async (method: string, path: string, body?: unknown): Promise<TimedResponse> => {
    const started = nowMs();
    const response = await fetch(`${apiUrl}/admin/events/${eventId}/schedule${path}`, {
      method,
      headers: { authorization: `Bearer ${organiserKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const ms = nowMs() - started;
    if (response.status >= 300) throw new Error(`${method} …/schedule${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return { status: response.status, body: JSON.parse(text) as RunBody, bytes: Buffer.byteLength(text), ms };
  };
  return {
    preview: (body) => call('POST', '', body),
    publish: (runId) => call('POST', `/${runId}/publish`),
    run: (runId) => call('GET', `/${runId}`),
    progress: (runId) => call('GET', `/${runId}?placements=false`),
  };
}
