import type { Language } from '../events/event-definition';
import type { OrganiserSummaryFigures } from '../organisers/summary-figures';

/** Who an email goes to. Names are untrusted user input. */
export interface Recipient {
  email: string;
  name: string;
  language: Language;
  /** The participant it goes to, when a participant: erasure finds the email by it (docs/data-model.md, "Personal data"). */
  registrationId?: string;
}

/** What every registration email knows about the registration. Links are resolved by the mailer. */
/** The attendee's own details a change is told about (first and last name are one: `name`). */
export type ChangedDetail = 'name' | 'organisation' | 'jobTitle' | 'phone' | 'country' | 'sectors' | 'accessibilityNeeds';

export interface RegistrationEmailData {
  registrationId: string;
  firstName: string;
  lastName: string;
  organisation: string;
  /** Ids of the event's programme items the attendee chose (site visits…), in any order. */
  programmeItemIds: string[];
  /** Link to the attendee's manage page; carries a secret token. */
  manageUrl: string;
  /** Confirmed seats: the door ticket's typed code (docs/check-in.md). */
  ticketCode?: string;
  /** The ticket's QR code as a base64 PNG, made by the mailer from the signed ticket token (never stored). */
  ticketQrPng?: string;
}

export const mediaTypes = ['print', 'online', 'tv', 'radio', 'photo', 'agency', 'freelance'] as const;
export type MediaType = (typeof mediaTypes)[number];

/** A journalist's accreditation request, as every press email shows it. All text is untrusted. */
export interface PressAccreditationEmailData {
  accreditationId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  mediaOutlet: string;
  mediaType: MediaType;
  /** ISO 3166-1 alpha-2. */
  country: string;
  pressCardNumber?: string;
  assignmentLetterUrl?: string;
  portfolioUrl?: string;
  coveragePlan: string;
  /** Event days the journalist wants to cover, `YYYY-MM-DD`, in order. */
  days: string[];
  /** When the request was made (ISO 8601). */
  requestedAt: string;
}

/**
 * The journalist's status page link (the mailer makes it from the stored link spec); absent from
 * emails queued before status links existed, which then go without it.
 */
export interface JournalistStatusLink {
  statusUrl?: string;
}

export type PressDecision = 'approved' | 'rejected';

/** A participant as the other side of a meeting sees them (never email or phone). */
export interface ParticipantProfile {
  registrationId: string;
  firstName: string;
  lastName: string;
  organisation: string;
  /** Cluster name, if any. */
  cluster?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  participantType: string;
  /** Sector ids of the event. */
  sectors: string[];
  offer: string;
  request: string;
  /**
   * The person erased their data: names, organisation and profile texts are blank, so emails and
   * pages say "a participant" and leave out the rows that would be empty. Set on profiles read from
   * an erased registration and by erasure on every email already recorded.
   */
  erased?: boolean;
}

/**
 * The reader's manage page, where their agenda cancels or moves the meeting. Optional: emails queued
 * before meeting emails carried it are sent without the button.
 */
export interface MeetingManageLink {
  manageUrl?: string;
}

/** A meeting as emails show it. Slot ids are the event's `meetings.slots`; times come from there. */
export interface MeetingEmailData {
  meetingRequestId: string;
  /** The other participant, seen from the recipient. */
  counterpart: ParticipantProfile;
  /** Whether the recipient asked for the meeting. */
  recipientIsRequester: boolean;
  slotId?: string;
  table?: number;
  /** iCalendar SEQUENCE of the meeting's calendar entry. */
  sequence: number;
}

/** Why someone is recommended, as the recommendations API says it (ids; labels come from the event). */
export interface DigestReason {
  kind: 'offersWhatYouSeek' | 'seeksWhatYouOffer' | 'sharedSector' | 'crossRegion' | 'similarWords';
  tagId?: string;
  inText?: boolean;
  sectorId?: string;
}

/** The recommendation digest: the reader's best recommendations, each with its reasons and its own link. */
export interface RecommendationDigestData {
  registrationId: string;
  /** The digest round (`before-event` unless the organisers name another); in the footer reference. */
  round: string;
  people: { profile: ParticipantProfile; reasons: DigestReason[] }[];
  /** The directory as the reader, with a digest token (`directoryLink`): each person's link adds `ask=<their id>`. */
  directoryUrl: string;
  /** The manage page, where the digest can be turned off. */
  manageUrl: string;
}

/** One line of a participant's agenda. */
export interface AgendaEntry {
  kind: 'meeting' | 'programme';
  /** Meeting: slot id; programme: item id. */
  id: string;
  start: string;
  end: string;
  /** Meetings: table number and counterpart name and organisation. */
  table?: number;
  counterpart?: string;
  /** Whose name `counterpart` is: erasure blanks it by this id. */
  counterpartId?: string;
  /** The counterpart erased their data: `counterpart` is blank and the agenda says "a participant". */
  counterpartErased?: boolean;
  meetingRequestId?: string;
}

/**
 * Every email the product sends, by kind. The Confirmations table stores these (minus resolved
 * links); the mailer renders them in the recipient's language. New features add kinds here.
 */
export type EmailMessage =
  | { kind: 'registration-confirmed'; recipient: Recipient; eventId: string; data: RegistrationEmailData }
  | { kind: 'registration-waitlisted'; recipient: Recipient; eventId: string; data: RegistrationEmailData & { waitlistPosition: number } }
  /** `fullProgrammeItemIds`: items the attendee chose while waiting that were full when the seat came, so not booked. */
  | { kind: 'registration-promoted'; recipient: Recipient; eventId: string; data: RegistrationEmailData & { fullProgrammeItemIds?: string[] } }
  | { kind: 'registration-cancelled'; recipient: Recipient; eventId: string; data: RegistrationEmailData }
  /** To the attendee: their own details were changed through their link (in case it was not them). */
  | { kind: 'registration-details-changed'; recipient: Recipient; eventId: string; data: RegistrationEmailData & { changedDetails: ChangedDetail[] } }
  /** To the journalist: we received your request, the press contacts will decide. */
  | { kind: 'press-request-received'; recipient: Recipient; eventId: string; data: PressAccreditationEmailData & JournalistStatusLink }
  /** To one press contact: the full request and a decision link for that contact alone. */
  | {
      kind: 'press-review-requested';
      recipient: Recipient;
      eventId: string;
      data: PressAccreditationEmailData & { decisionUrl: string; decisionLinkExpiresAt: string };
    }
  /** To the journalist: approved; what it gives access to, what to bring, the press days as .ics. */
  | { kind: 'press-approved'; recipient: Recipient; eventId: string; data: PressAccreditationEmailData & JournalistStatusLink & { decidedBy: string } }
  /** To the journalist: rejected, with the reason when one was given. */
  | { kind: 'press-rejected'; recipient: Recipient; eventId: string; data: PressAccreditationEmailData & JournalistStatusLink & { decidedBy: string; reason?: string } }
  /** To the other press contacts: who decided what, and when. */
  | {
      kind: 'press-decision-notice';
      recipient: Recipient;
      eventId: string;
      /** `byOrganisers`: decided from the organiser console, so the notice names "the organisers", not a person. */
      data: PressAccreditationEmailData & { decision: PressDecision; decidedBy: string; decidedAt: string; reason?: string; byOrganisers?: boolean };
    }
  /** To the recipient of a request: the requester's profile, message, proposed slots, and the answer page. */
  | {
      kind: 'meeting-requested';
      recipient: Recipient;
      eventId: string;
      data: MeetingEmailData & { message: string; proposedSlotIds: string[]; answerUrl: string };
    }
  /**
   * To both sides: confirmed in a slot at a table; .ics METHOD:REQUEST with a stable UID. `previousSlotId`:
   * a confirmed meeting moved (rescheduled) from that slot, and the email says so.
   */
  | { kind: 'meeting-confirmed'; recipient: Recipient; eventId: string; data: MeetingEmailData & MeetingManageLink & { previousSlotId?: string } }
  /** To the requester: the recipient accepted without a time; the organisers will schedule it. */
  | { kind: 'meeting-accepted'; recipient: Recipient; eventId: string; data: MeetingEmailData & MeetingManageLink }
  /** To the requester: declined (reason optional). */
  | { kind: 'meeting-declined'; recipient: Recipient; eventId: string; data: MeetingEmailData & { reason?: string } }
  /**
   * To the other side: cancelled; .ics METHOD:CANCEL with a higher SEQUENCE when it had a slot. `beforeAnswer`:
   * the request was still pending (withdrawn): no meeting existed, and the email says so.
   */
  | { kind: 'meeting-cancelled'; recipient: Recipient; eventId: string; data: MeetingEmailData & { cancelledByCounterpart: boolean; beforeAnswer?: boolean } }
  /** To both sides: the request expired unanswered. */
  | { kind: 'meeting-expired'; recipient: Recipient; eventId: string; data: MeetingEmailData }
  /** To a participant with requests waiting for their answer. */
  | { kind: 'meeting-answer-reminder'; recipient: Recipient; eventId: string; data: { pendingCount: number; requesters: ParticipantProfile[]; agendaUrl: string } }
  /** The day before: the participant's agenda, with an .ics of all of it. */
  | { kind: 'agenda-reminder'; recipient: Recipient; eventId: string; data: { registrationId: string; entries: AgendaEntry[]; agendaUrl: string } }
  /** Once the organisers published the schedule (issue 7): the participant's whole agenda, with an .ics of all of it. */
  | {
      kind: 'schedule-published';
      recipient: Recipient;
      eventId: string;
      /** `wishes`: the participant's wishes the run honoured (docs/scheduling.md, "Wishes"), when they had any. */
      data: { registrationId: string; entries: AgendaEntry[]; agendaUrl: string; wishes?: { expressed: number; honoured: number } };
    }
  /** Before the event, to an opted-in directory member: who they should meet and why (docs/matchmaking.md, "Digest"). */
  | { kind: 'recommendation-digest'; recipient: Recipient; eventId: string; data: RecommendationDigestData }
  /** To the organisers (fr or en): the event's figures, and a link to the console's registrations (no personal data attached). */
  | {
      kind: 'organiser-summary';
      recipient: Recipient;
      eventId: string;
      /** `consoleUrl`: made by the mailer from its web base URL (absent on summaries queued before the link existed). */
      data: { summaryId: string; generatedAt: string; previousAt?: string; figures: OrganiserSummaryFigures; consoleUrl?: string };
    };

export type EmailKind = EmailMessage['kind'];

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
  /** `base64`: `content` is binary (an image) written as base64. */
  encoding?: 'base64';
  /** Shown inside the HTML part (`<img src="cid:…">`) rather than as a separate file. */
  contentId?: string;
}

/** A rendered email, before MIME encoding. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  attachments: EmailAttachment[];
}
