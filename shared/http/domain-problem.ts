import type { DomainError, DomainErrorKind } from '../domain-error';
import { HttpProblem } from './problem';

const statusByKind: Record<DomainErrorKind, { status: number; title: string }> = {
  invalid: { status: 400, title: 'Invalid request' },
  unauthorized: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  unprocessable: { status: 422, title: 'Unprocessable request' },
  'too-many': { status: 429, title: 'Too many requests' },
  busy: { status: 503, title: 'Busy, try again' },
};

export function domainProblem(error: DomainError): HttpProblem {
  const { status, title } = statusByKind[error.kind];
  const headers: Record<string, string> = {};
  if (error.kind === 'busy') headers['Retry-After'] = '1';
  if (error.kind === 'too-many') headers['Retry-After'] = String(error.retryAfterSeconds ?? 60);
  if (error.kind === 'unauthorized') headers['WWW-Authenticate'] = 'Bearer';
  return new HttpProblem(status, error.code, title, error.message, error.fields.length > 0 ? error.fields : undefined, headers);
}
