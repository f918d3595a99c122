/**
 * The status of the tab's registration as its pages last learned it (registration page, manage page,
 * a directory refused for it): the navigation offers the directory to confirmed participants only,
 * as the API does (a waitlisted or cancelled one is refused with `participant-not-confirmed`).
 * Unknown (a digest link, a fresh tab on the directory) reads as allowed: the directory then says why
 * it is refused.
 */
const key = (registrationId: string) => `rendezvous.status:${registrationId}`;

/** `not-confirmed`: the API refused the directory for it, without saying whether waitlisted or cancelled. */
export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled' | 'not-confirmed';

export function rememberStatus(registrationId: string, status: RegistrationStatus): void {
  sessionStorage.setItem(key(registrationId), status);
}

/** False once a page learned that this registration is not confirmed. */
export function mayUseDirectory(registrationId: string): boolean {
  const status = sessionStorage.getItem(key(registrationId));
  return status === null || status === 'confirmed';
}
