import { participantTypeLabels } from '../email/i18n/participant-type-labels';
import type { PluralMessage } from '../email/i18n/plural';

/**
 * The participant types by type id, from the labels the emails, pages and badges print: the summary
 * said "Manager de cluster" where everything else said "Animation de cluster".
 */
function typeNames(labels: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const prefix = 'meeting.participantType.';
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [key.slice(prefix.length), label]));
}

/**
 * The organiser summary's own strings, French and English (organisers read one of the two; an
 * Arabic-speaking recipient gets French, docs/organisers.md). Values are filled in by the template;
 * counted nouns are plural messages (`{count}` and one form per plural category, see plural.ts).
 */
export const summaryStrings = {
  fr: {
    subject: 'Synthèse des inscriptions',
    preheaderRegistrations: { one: '{count} inscription', other: '{count} inscriptions' } as PluralMessage,
    preheaderMeetings: { one: '{count} rendez-vous confirmé', other: '{count} rendez-vous confirmés' } as PluralMessage,
    asOf: (when: string) => `Chiffres au ${when}.`,
    since: (when: string) => `Les évolutions sont comptées depuis la synthèse précédente, du ${when}.`,
    first: 'Première synthèse : pas encore d’évolution à montrer.',
    totals: 'En bref',
    total: {
      registrations: 'Inscriptions (toutes)',
      confirmed: 'Confirmées',
      waitlisted: 'En liste d’attente',
      cancelled: 'Annulées',
      meetingRequests: 'Demandes de rendez-vous',
      meetingsConfirmed: 'Rendez-vous confirmés',
      pressPending: 'Accréditations presse en attente',
      pressApproved: 'Accréditations presse accordées',
      emailProblems: 'E-mails en échec, rejetés ou signalés',
      checkedIn: 'Arrivées enregistrées à l’entrée',
    },
    registrations: 'Inscriptions',
    newSince: 'Nouvelles depuis la synthèse précédente',
    cancellationsSince: 'Annulations depuis la synthèse précédente',
    cancellationsTotal: 'Annulations (total)',
    activeNote: 'Les répartitions ci-dessous portent sur les inscriptions actives (confirmées ou en liste d’attente).',
    byRegion: 'Par région',
    region: { eu: 'Union européenne', mena: 'Moyen-Orient et Afrique du Nord', other: 'Autres pays' },
    byCountry: 'Par pays',
    bySector: 'Par secteur',
    byCluster: 'Par cluster',
    noCluster: 'Sans cluster',
    byParticipantType: 'Par type de participant',
    participantType: typeNames(participantTypeLabels.fr),
    programme: 'Programme : places prises',
    meetings: 'Rendez-vous B2B',
    meetingStatus: { pending: 'En attente de réponse', accepted: 'Acceptés, à placer', confirmed: 'Confirmés', declined: 'Refusés', cancelled: 'Annulés', expired: 'Expirés' },
    mostRequested: 'Participants les plus demandés',
    requests: { one: '{count} demande', other: '{count} demandes' } as PluralMessage,
    fromRecommendations: (count: string) => `Demandes faites depuis les recommandations : ${count}`,
    press: 'Accréditations presse',
    pressStatus: { pending: 'En attente', approved: 'Accordées', rejected: 'Refusées' },
    pendingSince: (hours: string) => `en attente depuis ${hours} h`,
    emails: 'E-mails',
    emailStatus: { pending: 'En cours d’envoi', sent: 'Envoyés', delivered: 'Remis', bounced: 'Rejetés (bounce)', complained: 'Signalés comme indésirables', failed: 'En échec' },
    problems: 'E-mails en échec, rejetés ou signalés',
    undeliverable: 'Adresses invalides (rejet définitif)',
    more: (count: string) => `… et ${count} de plus (voir l’API d’administration).`,
    none: 'Aucun.',
    console: 'Ouvrir les inscriptions dans la console',
    attachment: 'La liste des inscriptions n’est plus jointe (elle contient des données personnelles, besoins d’accessibilité compris)\u00a0: exportez-la depuis la console des organisateurs, page Inscriptions, où chaque export est journalisé.',
    footer: 'Vous recevez cette synthèse en tant qu’organisateur de l’événement.',
  },
  en: {
    subject: 'Registration summary',
    preheaderRegistrations: { one: '{count} registration', other: '{count} registrations' } as PluralMessage,
    preheaderMeetings: { one: '{count} confirmed meeting', other: '{count} confirmed meetings' } as PluralMessage,
    asOf: (when: string) => `Figures as of ${when}.`,
    since: (when: string) => `Changes are counted since the previous summary, of ${when}.`,
    first: 'First summary: no changes to show yet.',
    totals: 'At a glance',
    total: {
      registrations: 'Registrations (all)',
      confirmed: 'Confirmed',
      waitlisted: 'On the waiting list',
      cancelled: 'Cancelled',
      meetingRequests: 'Meeting requests',
      meetingsConfirmed: 'Confirmed meetings',
      pressPending: 'Press accreditations pending',
      pressApproved: 'Press accreditations approved',
      emailProblems: 'Emails failed, bounced or complained about',
      checkedIn: 'Checked in at the door',
    },
    registrations: 'Registrations',
    newSince: 'New since the previous summary',
    cancellationsSince: 'Cancellations since the previous summary',
    cancellationsTotal: 'Cancellations (total)',
    activeNote: 'The breakdowns below count active registrations (confirmed or on the waiting list).',
    byRegion: 'By region',
    region: { eu: 'European Union', mena: 'Middle East and North Africa', other: 'Other countries' },
    byCountry: 'By country',
    bySector: 'By sector',
    byCluster: 'By cluster',
    noCluster: 'No cluster',
    byParticipantType: 'By participant type',
    participantType: typeNames(participantTypeLabels.en),
    programme: 'Programme: seats taken',
    meetings: 'B2B meetings',
    meetingStatus: { pending: 'Awaiting an answer', accepted: 'Accepted, to be scheduled', confirmed: 'Confirmed', declined: 'Declined', cancelled: 'Cancelled', expired: 'Expired' },
    mostRequested: 'Most requested participants',
    requests: { one: '{count} request', other: '{count} requests' } as PluralMessage,
    fromRecommendations: (count: string) => `Requests made from recommendations: ${count}`,
    press: 'Press accreditations',
    pressStatus: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
    pendingSince: (hours: string) => `pending for ${hours} h`,
    emails: 'Emails',
    emailStatus: { pending: 'Being sent', sent: 'Sent', delivered: 'Delivered', bounced: 'Bounced', complained: 'Marked as spam', failed: 'Failed' },
    problems: 'Emails failed, bounced or complained about',
    undeliverable: 'Undeliverable addresses (hard bounce)',
    more: (count: string) => `… and ${count} more (see the admin API).`,
    none: 'None.',
    console: 'Open the registrations in the console',
    attachment: 'The list of registrations is no longer attached (it holds personal data, accessibility needs included): export it from the organiser console, Registrations page, where every export is logged.',
    footer: 'You receive this summary as an organiser of the event.',
  },
};

export type SummaryStrings = (typeof summaryStrings)['en'];
