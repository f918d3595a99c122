/** The id of a form's refusal that names no field (registration closed, already registered): `<Notice id={FORM_FAILURE}>`. */
export const FORM_FAILURE = 'form-failure';
/** The id of what a form's success says (registered, request received), which takes focus: the form and its button are gone. */
export const FORM_OUTCOME = 'form-outcome';

/**
 * After a failed submit, move focus to what says why, so it is read out first and scrolled into
 * view (on a phone the top of a long form is screens away from its submit button): the error
 * summary, else the form's refusal (FORM_FAILURE), else the first invalid field.
 */
export function focusFirstError(): void {
  requestAnimationFrame(() =>
    (document.getElementById('error-summary') ?? document.getElementById(FORM_FAILURE) ?? document.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus(),
  );
}

/**
 * Focus on the element with this id once the render under way is done: for a control that replaces
 * the one that had focus (which would otherwise drop keyboard users back to the top of the page).
 */
export function focusAfterRender(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
