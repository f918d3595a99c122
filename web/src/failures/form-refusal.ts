import { fieldErrors, type Problem } from '../api/client';
import { problemText } from './problem-text';
import type { Translates as I18n } from './translates';

/**
 * A form's refusal as the form shows it: the errors beside the fields they name (`errors`), or, when
 * it names none (registration closed, already registered, busy), one sentence (`failure`) above.
 */
export function formRefusal(i18n: I18n, problem: Problem): { errors: Record<string, string>; failure: string | undefined } {
  const errors = fieldErrors(problem);
  return { errors, failure: Object.keys(errors).length === 0 ? problemText(i18n, problem) : undefined };
}
