/** After a failed submit, move focus to the error summary so the errors are read out first. */
export function focusFirstError(): void {
  requestAnimationFrame(() => (document.getElementById('error-summary') ?? document.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus());
}

/**
 * Focus on the element with this id once the render under way is done: for a control that replaces
 * the one that had focus (which would otherwise drop keyboard users back to the top of the page).
 */
export function focusAfterRender(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
