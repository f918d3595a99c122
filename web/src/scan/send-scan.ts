import { api, asProblem, bearer, type Problem, type Schemas } from '../api/client';

export type CheckInResult = Schemas['CheckInResult'];
/** A QR code's content, a typed code, or a door search's result (docs/check-in.md). */
export type ScanInput = { ticket: string } | { code: string } | { registrationId: string };

/** What the door sees: the API's answer, its refusal, or "no network" (then the scan is queued). */
export type ScanAnswer = { kind: 'result'; result: CheckInResult } | { kind: 'problem'; problem: Problem } | { kind: 'offline' };

export async function sendScan(eventId: string, key: string, input: ScanInput, scannedAt?: string): Promise<ScanAnswer> {
  try {
    const { data, error, response } = await api.POST('/admin/events/{eventId}/check-ins', {
      params: { path: { eventId } },
      headers: bearer(key),
      body: { ...input, ...(scannedAt ? { scannedAt } : {}) },
    });
    if (data) return { kind: 'result', result: data };
    return { kind: 'problem', problem: asProblem(error, response.status) };
  } catch {
    // fetch rejects only when no answer came back: the network, not the API.
    return { kind: 'offline' };
  }
}
