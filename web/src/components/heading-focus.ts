/**
 * Whether the next page rendered moves focus to its h1 (components/layout.tsx). Set when the control
 * that had focus goes away with the page: a followed in-app link (router.ts), the console's sign-in
 * form replaced by the console. Without it focus falls to the body and the next Tab starts again from
 * the skip link, the new page's content unannounced.
 */
let wanted = false;

export function focusNextHeading(): void {
  wanted = true;
}

/** True once after focusNextHeading(): the page that asks takes the focus. */
export function takeHeadingFocus(): boolean {
  const was = wanted;
  wanted = false;
  return was;
}
