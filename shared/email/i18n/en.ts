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

  'subject.press-request-received': 'Press accreditation request received – {event}',
  'subject.press-review-requested': 'Accreditation request: {journalist} ({outlet}) – {event}',
  'subject.press-approved': 'Press accreditation approved – {event}',
  'subject.press-rejected': 'Press accreditation request not accepted – {event}',
  'subject.press-decision-notice.approved': 'Accreditation approved: {journalist} ({outlet}) – {event}',
  'subject.press-decision-notice.rejected': 'Accreditation rejected: {journalist} ({outlet}) – {event}',

  'press-request-received.status': 'Thank you: we have received your request for press accreditation for {event}.',
  'press-request-received.next': 'The press contacts of the event will review it, and you will receive their decision by email.',

  'press-review-requested.status': '{journalist} ({outlet}) has applied for press accreditation for {event}. As a press contact for the event, you are asked to approve or reject this request.',
  'press-review-requested.heading': 'Your decision',
  'press-review-requested.how': 'Open the request page to approve or reject it; you can give a reason. The first decision made by a press contact applies, and everyone concerned is informed by email.',
  'press-review-requested.button': 'Approve or reject the request',
  'press-review-requested.expiry': 'This link works until {date} at {time}.',
  'press-review-requested.personal': 'This link is personal to you: anyone who has it can decide on this request in your name. Please do not forward this email or share the link.',

  'press-approved.status': 'Good news: your press accreditation for {event} has been approved.',
  'press-approved.access.heading': 'What your accreditation gives access to',
  'press-approved.access.pressArea': 'The press area',
  'press-approved.access.plenaries': 'The plenary sessions: {sessions}',
  'press-approved.access.interviews': 'Interviews during the bilateral (B2B) meetings, on request to the press contacts',
  'press-approved.bring.heading': 'What to bring',
  'press-approved.bring.email': 'This confirmation email (printed or on your phone)',
  'press-approved.bring.id': 'An identity document (ID card or passport)',
  'press-approved.bring.pressCard': 'Your press card, if you have one',
  'press-approved.days.heading': 'Your press days',
  'press-approved.calendar': 'The attached calendar file (.ics) adds your press days to your calendar.',
  'press-approved.contacts': 'For any question, or to arrange an interview, please contact the press contacts of the event:',

  'press-rejected.status': 'We are sorry to let you know that your request for press accreditation for {event} has not been accepted.',
  'press-rejected.noReason': 'Thank you for your interest in the event; we hope to welcome you on another occasion.',
  'press-rejected.contacts': 'If you have any questions about this decision, please contact the press contacts of the event:',

  'press-decision-notice.approved': '{name} approved this request on {date} at {time}.',
  'press-decision-notice.rejected': '{name} rejected this request on {date} at {time}.',
  'press-decision-notice.next': 'The first decision applies, so there is nothing for you to do: the journalist has been informed by email.',

  'press.request.heading.journalist': 'Your request',
  'press.request.heading.contact': 'The request',
  'press.request.name': 'Name',
  'press.request.outlet': 'Media outlet',
  'press.request.mediaType': 'Type of media',
  'press.request.country': 'Country',
  'press.request.email': 'Email',
  'press.request.phone': 'Phone',
  'press.request.pressCard': 'Press card number',
  'press.request.assignmentLetter': 'Assignment letter',
  'press.request.portfolio': 'Portfolio',
  'press.request.coveragePlan': 'Coverage plan',
  'press.request.days': 'Days requested',
  'press.request.requestedAt': 'Requested on',
  'press.request.notProvided': 'Not provided',

  'press.mediaType.print': 'Print',
  'press.mediaType.online': 'Online media',
  'press.mediaType.tv': 'Television',
  'press.mediaType.radio': 'Radio',
  'press.mediaType.photo': 'Photography',
  'press.mediaType.agency': 'News agency',
  'press.mediaType.freelance': 'Freelance',

  'press.reason': 'Reason given',
  'press.contacts.heading': 'Press contacts',
  'press.contacts.entry': '{name} ({organisation}) – {email}',
  'press.contacts.entry.noOrganisation': '{name} – {email}',
  'press.contacts.none': 'Please contact the organisers of {event}.',
  'press.calendar.summary': 'Press accreditation – {event}',

  'press.footer.journalist': 'You are receiving this email because you applied for press accreditation for {event}.',
  'press.footer.contact': 'You are receiving this email because you are a press contact for {event}.',
  'press.footer.reference': 'Accreditation reference: {reference}',

  'action.urlHint': 'If the button does not work, copy this address into your browser:',

  'format.dateTime': '{date} at {time}',
  'format.labelSeparator': ': ',
  'format.listSeparator': ', ',
} as const;
