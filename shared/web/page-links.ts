import type { Language } from '../events/event-definition';

/**
 * The web pages emailed links open (docs/web.md, "Page paths"). The token goes in the URL
 * fragment, which browsers never send to a server: it stays out of CloudFront, API Gateway and
 * server logs; the app moves it to sessionStorage and sends it as `Authorization: Bearer`.
 */
export const webPagePaths = {
  /** `event`: no secret, only so that a refused link (or a tab without the session) can offer the event's "new link by email" page. */
  manage: (language: Language, registrationId: string, eventId: string) => `/${language}/registrations/${registrationId}?event=${eventId}`,
  /** "My meetings", signed in like the manage page; `event` as there. */
  myMeetings: (language: Language, registrationId: string, eventId: string) => `/${language}/registrations/${registrationId}/meetings?event=${eventId}`,
  meetingAnswer: (language: Language, meetingRequestId: string) => `/${language}/meeting-requests/${meetingRequestId}/answer`,
  /** `as`: whose session the digest link opens (the token does not say it to the page). */
  directory: (language: Language, eventId: string, registrationId: string) => `/${language}/events/${eventId}/participants?as=${registrationId}`,
  pressDecision: (language: Language, accreditationId: string) => `/${language}/press-accreditations/${accreditationId}/decision`,
  pressStatus: (language: Language, accreditationId: string) => `/${language}/press-accreditations/${accreditationId}`,
  /** The organiser console's registrations (search, export): the summary email's link; it asks for the sign-in. */
  consoleRegistrations: (language: Language, eventId: string) => `/${language}/events/${eventId}/console/registrations`,
};

/** `${base}${path}#token=…`: a page of the web app with its token in the fragment. */
export function webPageUrl(base: string, path: string, token: string): string {
  return `${base}${path}#token=${encodeURIComponent(token)}`;
}
