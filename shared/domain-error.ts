import type { FieldError } from './http/problem';

/**
 * What domain code throws when a request cannot be carried out. Handlers never see storage
 * details; the HTTP layer maps each kind to a status (see shared/http/domain-problem.ts).
 */
export type DomainErrorKind = 'invalid' | 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'unprocessable' | 'too-many' | 'busy';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    /** Stable machine-readable reason, e.g. `duplicate-registration`. */
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    /** With `too-many`: when asking again can succeed (the answer's Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
