/**
 * What an event id is (chosen by the organiser when the event is created): 3 to 64 lower-case letters,
 * digits or hyphens. Its own module, without zod, so the web app checks an id from a URL the same way.
 */
export const eventIdPattern = /^[a-z0-9-]{3,64}$/;
