import { api, asProblem, bearer, type Schemas } from '../api/client';

export type CheckInResult = Schemas['CheckInResult'];
export type ScanInput = { ticket: string } | { code: string };

/** What the door sees: the API's answer, its refusal, or "no network" (then the scan is queued). */
export type ScanAnswer = { kind: 'result'; result: CheckInResult } | { kind: 'problem'; status: number; detail: string } | { kind: 'offline' };

export async function sendScan(eventId: string, key: string, input: ScanInput, scannedAt?: string): Promise<ScanAnswer> {
  try {
    const { data, error, response } = await api.POST('/admin/events/{eventId}/check-ins', {
      params: { path: { eventId } },
      headers: bearer(key),
      body: { ...input, ...(scannedAt ? { scannedAt } : {}) },
    });
    if (data) return { kind: 'result', result: data };
    const problem = asProblem(error, response.status);
    return { kind: 'problem', status: response.status, detail: problem.detail ?? problem.title };
  } catch {
    // fetch rejects only when no answer came back: the network, not the API.
    return { kind: 'offline' };
  }
}
