import { fieldErrors, type Problem } from '../api/client';

/**
 * A form's refusal as the form shows it: the errors beside the fields they name (`errors`), or, when
 * it names none (registration closed, already registered, busy), the problem itself (`failure`), which
 * `FormFailure` words at display: a sentence stored already worded stayed in the old language after the
 * language switcher, while the field errors beside it changed.
 */
export function formRefusal(problem: Problem): { errors: Record<string, string>; failure: Problem | undefined } {
  const errors = fieldErrors(problem);
  return { errors, failure: Object.keys(errors).length === 0 ? problem : undefined };
}
