import { expect } from 'vitest';

/** An RFC 9457 problem as the API answers it, with the fields a 400 names. */
export interface Problem {
  type: string;
  status: number;
  errors?: { path: string; message: string }[];
}

/** The problem a response carries, after checking it is one (`application/problem+json`). */
export async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as Problem;
}
