/**
 * English messages: the reference catalogue. Its keys are the message keys and its `{placeholders}`
 * the parameters each message takes; fr.ts and ar.ts are type-checked against it
 * (see catalogue.ts). Placeholders are filled with escaped, bidi-isolated values.
 */
export const en = {
  'subject.registration-confirmed': 'Registration confirmed – {event}',
  'subject.registration-waitlisted': 'You are on the waiting list – {event}',
  'subject.registration-promoted': 'A place is available: your registration is confirmed – {event}',
  'subject.registration-cancelled': 'Registration cancelled – {event}',

  greeting: 'Dear {name},',
  'greeting.noName': 'Hello,',

  'registration-confirmed.status': 'Your registration for {event} is confirmed. We look forward to welcoming you.',
  'registration-waitlisted.status': 'Thank you for registering for {event}. The event is full at the moment, so you are on the waiting list.',
  'registration-waitlisted.position': 'Your position on the waiting list: {position}.',
  'registration-waitlisted.next': 'If a place becomes available, we will confirm your registration and let you know by email. You do not need to do anything in the meantime.',
  'registration-promoted.status': 'Good news: a place has become available. You have been moved from the waiting list and your registration for {event} is now confirmed.',
  'registration-cancelled.status': 'Your registration for {event} has been cancelled.',
  'registration-cancelled.next': 'If you did not ask for this cancellation, please contact the organisers.',

  'calendar.attached': 'The attached calendar file (.ics) adds the event and your sessions to your calendar.',

  'programme.heading': 'Your programme',
  'programme.heading.waitlisted': 'The sessions you selected',
  'programme.none': 'You have not selected any sessions.',
  'programme.timeZone': 'Times are local times in {place} ({offset}).',

  'event.heading': 'The event',
  'event.name': 'Event',
  'event.dates': 'Dates',
  'event.venue': 'Venue',

  'manage.heading': 'Your registration',
  'manage.attendee': 'Name',
  'manage.organisation': 'Organisation',
  'manage.button': 'Manage my registration',
  'manage.view': 'View my registration',
  'manage.personal': 'This link is personal: anyone who has it can see and change your registration. Please do not forward this email or share the link.',

  'footer.reference': 'Registration reference: {reference}',
  'footer.reason': 'You are receiving this email because you registered for {event}.',

  'format.labelSeparator': ': ',
  'format.listSeparator': ', ',
} as const;
