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

  'subject.press-request-received': 'Demande d’accréditation presse reçue – {event}',
  'subject.press-review-requested': 'Demande d’accréditation\u00a0: {journalist} ({outlet}) – {event}',
  'subject.press-approved': 'Accréditation presse accordée – {event}',
  'subject.press-rejected': 'Demande d’accréditation presse non retenue – {event}',
  'subject.press-decision-notice.approved': 'Accréditation acceptée\u00a0: {journalist} ({outlet}) – {event}',
  'subject.press-decision-notice.rejected': 'Accréditation refusée\u00a0: {journalist} ({outlet}) – {event}',

  'press-request-received.status': 'Merci\u00a0: nous avons bien reçu votre demande d’accréditation presse pour {event}.',
  'press-request-received.next': 'Les contacts presse de l’événement vont l’examiner, et vous recevrez leur décision par e-mail.',

  'press-review-requested.status': '{journalist} ({outlet}) demande une accréditation presse pour {event}. Vous êtes contact presse de l’événement\u00a0: merci d’accepter ou de refuser cette demande.',
  'press-review-requested.heading': 'Votre décision',
  'press-review-requested.how': 'Ouvrez la page de la demande pour l’accepter ou la refuser, avec un motif si vous le souhaitez. La première décision prise par un contact presse s’applique, et toutes les personnes concernées en sont informées par e-mail.',
  'press-review-requested.button': 'Accepter ou refuser la demande',
  'press-review-requested.expiry': 'Ce lien fonctionne jusqu’au {date} à {time}.',
  'press-review-requested.personal': 'Ce lien vous est personnel\u00a0: toute personne qui le possède peut décider de cette demande en votre nom. Merci de ne pas transférer cet e-mail ni partager ce lien.',

  'press-approved.status': 'Bonne nouvelle\u00a0: votre accréditation presse pour {event} est accordée.',
  'press-approved.access.heading': 'Ce à quoi votre accréditation donne accès',
  'press-approved.access.pressArea': 'L’espace presse',
  'press-approved.access.plenaries': 'Les sessions plénières\u00a0: {sessions}',
  'press-approved.access.interviews': 'Des interviews pendant les rencontres bilatérales (B2B), sur demande auprès des contacts presse',
  'press-approved.bring.heading': 'À apporter',
  'press-approved.bring.email': 'Cet e-mail de confirmation (imprimé ou sur votre téléphone)',
  'press-approved.bring.id': 'Une pièce d’identité (carte d’identité ou passeport)',
  'press-approved.bring.pressCard': 'Votre carte de presse, si vous en avez une',
  'press-approved.days.heading': 'Vos jours d’accréditation',
  'press-approved.calendar': 'Le fichier d’agenda joint (.ics) ajoute vos jours d’accréditation à votre calendrier.',
  'press-approved.contacts': 'Pour toute question ou pour organiser une interview, adressez-vous aux contacts presse de l’événement\u00a0:',

  'press-rejected.status': 'Nous sommes au regret de vous informer que votre demande d’accréditation presse pour {event} n’a pas été retenue.',
  'press-rejected.noReason': 'Nous vous remercions de l’intérêt que vous portez à l’événement et espérons vous accueillir à une autre occasion.',
  'press-rejected.contacts': 'Pour toute question sur cette décision, adressez-vous aux contacts presse de l’événement\u00a0:',

  'press-decision-notice.approved': '{name} a accepté cette demande le {date} à {time}.',
  'press-decision-notice.rejected': '{name} a refusé cette demande le {date} à {time}.',
  'press-decision-notice.next': 'La première décision s’applique\u00a0: vous n’avez rien à faire. La personne qui a fait la demande en a été informée par e-mail.',

  'press.request.heading.journalist': 'Votre demande',
  'press.request.heading.contact': 'La demande',
  'press.request.name': 'Nom',
  'press.request.outlet': 'Média',
  'press.request.mediaType': 'Type de média',
  'press.request.country': 'Pays',
  'press.request.email': 'E-mail',
  'press.request.phone': 'Téléphone',
  'press.request.pressCard': 'Numéro de carte de presse',
  'press.request.assignmentLetter': 'Lettre de mission',
  'press.request.portfolio': 'Portfolio',
  'press.request.coveragePlan': 'Couverture prévue',
  'press.request.days': 'Jours demandés',
  'press.request.requestedAt': 'Date de la demande',
  'press.request.notProvided': 'Non renseigné',

  'press.mediaType.print': 'Presse écrite',
  'press.mediaType.online': 'Presse en ligne',
  'press.mediaType.tv': 'Télévision',
  'press.mediaType.radio': 'Radio',
  'press.mediaType.photo': 'Photographie',
  'press.mediaType.agency': 'Agence de presse',
  'press.mediaType.freelance': 'Pigiste',

  'press.reason': 'Motif indiqué',
  'press.contacts.heading': 'Contacts presse',
  'press.contacts.entry': '{name} ({organisation}) – {email}',
  'press.contacts.entry.noOrganisation': '{name} – {email}',
  'press.contacts.none': 'Merci de contacter les organisateurs de {event}.',
  'press.calendar.summary': 'Accréditation presse – {event}',

  'press.footer.journalist': 'Vous recevez cet e-mail suite à votre demande d’accréditation presse pour {event}.',
  'press.footer.contact': 'Vous recevez cet e-mail en tant que contact presse de {event}.',
  'press.footer.reference': 'Référence d’accréditation\u00a0: {reference}',

  'action.urlHint': 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur\u00a0:',

  'format.dateTime': '{date} à {time}',
  'format.labelSeparator': '\u00a0: ',
  'format.listSeparator': ', ',
});
