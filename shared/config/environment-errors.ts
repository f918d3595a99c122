/**
 * Checks for environment variables, written without zod on purpose: every function reads its
 * configuration at its first request, and evaluating zod's modules for seven strings would cost
 * the workers, which need no other validation, a measurable share of their cold start
 * (docs/deployment.md, "Cold starts").
 */

/** A rule over one variable: the words that finish "NAME ..." when the value breaks it, else undefined. */
export type EnvironmentRule = (value: string | undefined) => string | undefined;

/** The same address pattern as zod's `z.email()`, so the API and the configuration agree on what an address is. */
const emailPattern = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export const rules = {
  atLeast: (characters: number): EnvironmentRule => (value) =>
    value === undefined ? 'must be set' : value.length < characters ? `must hold at least ${characters} characters` : undefined,
  url: (): EnvironmentRule => (value) =>
    value === undefined ? 'must be set' : URL.canParse(value) ? undefined : 'must be a URL such as https://example.com',
  email: (): EnvironmentRule => (value) => (value === undefined ? 'must be set' : emailPattern.test(value) ? undefined : 'must be an email address'),
  oneOf: (values: readonly string[]): EnvironmentRule => (value) =>
    value === undefined || values.includes(value) ? undefined : `must be one of ${values.join(', ')}`,
  /** A whole number within bounds, read as `Number(value)` reads it (`"5"`, `"5.0"`, `"1e1"`), as zod's coerced numbers did. */
  wholeNumber: (min: number, max = Number.MAX_SAFE_INTEGER): EnvironmentRule => (value) =>
    value === undefined
      ? 'must be set'
      : value.trim() !== '' && Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max
        ? undefined
        : max === Number.MAX_SAFE_INTEGER
          ? `must be a whole number of at least ${min}`
          : `must be a whole number from ${min} to ${max}`,
  optional: (rule: EnvironmentRule): EnvironmentRule => (value) => (value === undefined ? undefined : rule(value)),
};

/** Checks every variable against its rule, or throws one readable error naming every bad variable (never its value: it may be a secret). */
export function checkEnvironment(ruleByName: Record<string, EnvironmentRule>, environment: Record<string, string | undefined>): void {
  const broken = Object.entries(ruleByName).flatMap(([name, rule]) => {
    const problem = rule(environment[name]);
    return problem === undefined ? [] : [`${name} ${problem}.`];
  });
  if (broken.length > 0) throw new EnvironmentError(broken.join(' '));
}

/** A configuration mistake: printed as its message alone, without a stack trace. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}
