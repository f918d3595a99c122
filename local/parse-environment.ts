import type * as z from 'zod';
import { EnvironmentError } from '../shared/config/environment-errors';

// The local server's settings are checked with zod (its coercions and defaults); the deployed
// functions use the zod-free rules of shared/config/environment-errors.ts (cold start).

/** The rule a zod issue stands for, in words an operator reads (custom rule messages are kept as written). */
function ruleOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'must be set' : `must be a ${issue.expected}`;
    case 'too_small':
      return `must hold at least ${String(issue.minimum)} characters`;
    case 'too_big':
      return `must hold at most ${String(issue.maximum)} characters`;
    case 'invalid_format':
      return issue.format === 'url' ? 'must be a URL such as https://example.com' : issue.format === 'email' ? 'must be an email address' : `must be a valid ${issue.format}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}

const isDefaultMessage = (message: string) => /^(Invalid|Too (small|big)|Expected)/.test(message);

/** One sentence per bad variable, naming it and its rule (never its value: it may be a secret). */
export function describeEnvironmentIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.map(String).join('.')} ${isDefaultMessage(issue.message) ? ruleOf(issue) : issue.message}.`)
    .join(' ');
}

/** Parses environment variables against `schema`, or throws one readable error naming every bad variable. */
export function parseEnvironment<S extends z.ZodType>(schema: S, environment: Record<string, string | undefined>): z.output<S> {
  const result = schema.safeParse(environment);
  if (!result.success) throw new EnvironmentError(describeEnvironmentIssues(result.error.issues));
  return result.data;
}

