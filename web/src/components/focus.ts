/** After a failed submit, move focus to the error summary so the errors are read out first. */
export function focusFirstError(): void {
  requestAnimationFrame(() => (document.getElementById('error-summary') ?? document.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus());
}
