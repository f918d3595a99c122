import { defineCatalogue } from './catalogue';

/** French messages. `\u00a0` is the no-break space French typography puts before a colon. */
export const fr = defineCatalogue({
  'subject.registration-confirmed': 'Inscription confirmée – {event}',
  'subject.registration-waitlisted': 'Vous êtes sur la liste d’attente – {event}',
  'subject.registration-promoted': 'Une place s’est libérée\u00a0: votre inscription est confirmée – {event}',
  'subject.registration-cancelled': 'Inscription annulée – {event}',

  greeting: 'Bonjour {name},',
  'greeting.noName': 'Bonjour,',

  'registration-confirmed.status': 'Votre inscription à {event} est confirmée. Nous avons hâte de vous accueillir.',
  'registration-waitlisted.status': 'Merci pour votre inscription à {event}. L’événement est complet pour le moment\u00a0: votre inscription est placée sur la liste d’attente.',
  'registration-waitlisted.position': 'Votre position sur la liste d’attente\u00a0: {position}.',
  'registration-waitlisted.next': 'Si une place se libère, nous confirmerons votre inscription et vous préviendrons par e-mail. Vous n’avez rien à faire d’ici là.',
  'registration-promoted.status': 'Bonne nouvelle\u00a0: une place s’est libérée. Votre inscription à {event}, jusqu’ici sur liste d’attente, est maintenant confirmée.',
  'registration-cancelled.status': 'Votre inscription à {event} a été annulée.',
  'registration-cancelled.next': 'Si vous n’êtes pas à l’origine de cette annulation, merci de contacter les organisateurs.',

  'calendar.attached': 'Le fichier d’agenda joint (.ics) ajoute l’événement et vos sessions à votre calendrier.',

  'programme.heading': 'Votre programme',
  'programme.heading.waitlisted': 'Les sessions que vous avez choisies',
  'programme.none': 'Vous n’avez choisi aucune session.',
  'programme.timeZone': 'Les horaires sont indiqués en heure locale\u00a0: {place} ({offset}).',

  'event.heading': 'L’événement',
  'event.name': 'Événement',
  'event.dates': 'Dates',
  'event.venue': 'Lieu',

  'manage.heading': 'Votre inscription',
  'manage.attendee': 'Nom',
  'manage.organisation': 'Organisation',
  'manage.button': 'Gérer mon inscription',
  'manage.view': 'Voir mon inscription',
  'manage.personal': 'Ce lien vous est personnel\u00a0: toute personne qui le possède peut consulter et modifier votre inscription. Merci de ne pas transférer cet e-mail ni partager ce lien.',

  'footer.reference': 'Référence d’inscription\u00a0: {reference}',
  'footer.reason': 'Vous recevez cet e-mail suite à votre inscription à {event}.',

  'format.labelSeparator': '\u00a0: ',
  'format.listSeparator': ', ',
});
