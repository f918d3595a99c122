import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type EventView = Schemas['Event'];
export type Registration = Schemas['Registration'];
export type RegistrationRequest = Schemas['RegistrationRequest'];
export type RegistrationUpdate = Schemas['RegistrationUpdate'];
export type DirectoryEntry = Schemas['DirectoryPage']['participants'][number];
export type MeetingRequest = Schemas['MeetingRequest'];
export type Agenda = Schemas['Agenda'];
export type Problem = Schemas['Problem'];

/** The API, on the same origin under `/api` (no CORS preflight; CloudFront or the local server routes it). */
// JSON (answers and problems) only: the exports an admin list also declares (CSV, workbook) are not read through it.
export const api = createClient<paths, `${string}/${string}json`>({ baseUrl: '/api' });

/** Headers of a call made with the manage token (kept in sessionStorage, never in a URL). */
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** What a call that got no answer (the fetch threw: no network) reads as, in place of the client's result: status 0. */
export const noAnswer = { data: undefined, error: undefined, response: { status: 0 } } as const;

/** A problem+json body, or a stand-in when the server sent none (network failure, HTML error page). */
export function asProblem(error: unknown, status: number): Problem {
  if (error && typeof error === 'object' && 'title' in error) return error as Problem;
  return { type: 'about:blank', title: 'Error', status };
}

/**
 * `errors[]` of a problem, keyed by the id of the field each names: `profile.offer` → `profile-offer`,
 * `sectors.2` → `sectors` (the form's field ids follow this rule).
 */
export function fieldErrors(problem: Problem | undefined): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const { path, message } of problem?.errors ?? []) {
    const id = path.replace(/\.\d+$/, '').replace(/\./g, '-');
    byPath[id] = byPath[id] ? `${byPath[id]}; ${message}` : message;
  }
  return byPath;
}
