import { useEffect, useState } from 'preact/hooks';
import { focusNextHeading } from './components/heading-focus';

/**
 * Real paths (`/fr/events/…/register`), History API navigation. The server (CloudFront, the local
 * web server) answers every path that is not a file with index.html; see docs/web.md.
 */
const NAVIGATED = 'rendezvous:navigate';

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else {
    history.pushState(null, '', path);
    // A new page, reached through a link that goes away with the old one: its h1 takes the focus.
    focusNextHeading();
  }
  window.dispatchEvent(new Event(NAVIGATED));
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return path;
}

/** Same-origin link clicks become History navigations (modified clicks keep the browser's meaning). */
export function interceptLinks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest('a');
  if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== location.origin) return;
  if (anchor.pathname.startsWith('/api/')) return;
  event.preventDefault();
  // A link to a place on this page (the skip link, an error summary's link to its field) is no
  // navigation: taken as one, it pushed a history entry and left focus on the link, so the skip link
  // skipped nothing and the summary never reached its field (the browser's own fragment scroll does
  // not move focus either).
  if (anchor.hash && anchor.pathname === location.pathname && anchor.search === location.search) {
    focusFragmentTarget(decodeURIComponent(anchor.hash.slice(1)));
    return;
  }
  navigate(anchor.pathname + anchor.search + anchor.hash);
}

/**
 * Focus on the element a same-page link names: a field itself, the first control of a group
 * (a fieldset of checkboxes is named by its id), or a landmark made focusable (`<main tabIndex=-1>`).
 * The field's label or the group's legend is scrolled into view with it, so the reader sees what
 * the field is; the address bar keeps its address (no `#lastName` for the Back button to step through).
 */
export function focusFragmentTarget(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const control =
    target instanceof HTMLFieldSetElement
      ? target.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])')
      : target;
  (target.closest('.field, fieldset') ?? target).scrollIntoView({ block: 'start' });
  (control ?? target).focus({ preventScroll: true });
}

export interface Match {
  name: string;
  params: Record<string, string>;
}

const patterns: [name: string, pattern: RegExp][] = [
  ['home', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)$/],
  ['register', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/register$/],
  ['lost-link', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/lost-link$/],
  ['press', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/press$/],
  ['directory', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/participants$/],
  ['manage', /^\/(?<lang>[a-z]{2})\/registrations\/(?<registrationId>[0-9A-Z]{26})$/],
  ['meetings', /^\/(?<lang>[a-z]{2})\/registrations\/(?<registrationId>[0-9A-Z]{26})\/meetings$/],
  ['answer', /^\/(?<lang>[a-z]{2})\/meeting-requests\/(?<meetingRequestId>[0-9A-Z]{26})\/answer$/],
  ['press-status', /^\/(?<lang>[a-z]{2})\/press-accreditations\/(?<accreditationId>[0-9A-Z]{26})$/],
  ['decision', /^\/(?<lang>[a-z]{2})\/press-accreditations\/(?<accreditationId>[0-9A-Z]{26})\/decision$/],
  ['scan', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/console\/scan$/],
  ['console', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/console$/],
  ['console-press', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/console\/press$/],
  ['console-registrations', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/console\/registrations$/],
  ['console-registration', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/console\/registrations\/(?<registrationId>[0-9A-Z]{26})$/],
  ['console-emails', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/console\/emails$/],
  ['console-schedule', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/console\/schedule$/],
  ['console-settings', /^\/(?<lang>[a-z]{2})\/events\/(?<eventId>[a-z0-9-]+)\/console\/settings$/],
];

export function match(path: string): Match | undefined {
  for (const [name, pattern] of patterns) {
    const found = pattern.exec(path);
    if (found?.groups) return { name, params: { ...found.groups } };
  }
  return undefined;
}

const defaultEvent = import.meta.env.VITE_DEFAULT_EVENT ?? 'techdays-casablanca-2019';
/** The default event's home in a language: where `/`, `/fr` and a page not found lead. */
export const defaultHome = (language: string) => `/${language}/events/${defaultEvent}`;

/**
 * The address a path stands for, when it is not that path itself (the app replaces it, so links,
 * the language switcher and the history hold one address per page): no trailing slash
 * (`…/register/` is `…/register`, a link typed or pasted with one); a bare language (`/fr`, `/fr/`)
 * is that language's home, as `/` is the browser's language's (docs/web.md, "API origin, routing, URLs").
 */
export function canonicalPath(path: string, home: (language: string) => string, languages: readonly string[], preferred: string): string | undefined {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return home(preferred);
  const language = /^\/([a-z]{2})$/.exec(trimmed)?.[1];
  if (language !== undefined && languages.includes(language)) return home(language);
  return trimmed === path ? undefined : trimmed;
}

/** The language a path starts with, when it is one of `languages` (a path no page answers speaks it too). */
export const pathLanguage = (path: string, languages: readonly string[]): string | undefined => {
  const first = /^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1];
  return first !== undefined && languages.includes(first) ? first : undefined;
};

/** The same page in another language: only the first path segment changes. */
export const inLanguage = (path: string, language: string) => path.replace(/^\/[a-z]{2}(?=\/|$)/, `/${language}`);
