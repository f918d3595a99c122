import type { DigestReason, ParticipantProfile } from '../email-message';
import type { Text, Translator } from '../i18n/translator';
import type { Block } from '../layout';
import { EmailRenderError, type EmailTemplate, type TemplateContext } from '../template';
import { eventEmail, eventName } from './common-parts';
import { checkedId, participantLabel } from './meeting-parts';

type DigestContext = Parameters<EmailTemplate<'recommendation-digest'>>[0];

/**
 * One reason in the reader's language, with the event's own labels (the stored list holds ids, so
 * one list serves readers of every language). A tag or sector the event no longer has is left out
 * rather than shown as an id: the taxonomy may have changed since the list was made.
 */
function reasonText(context: TemplateContext, reason: DigestReason): Text | undefined {
  const { i18n, event } = context;
  const language = i18n.settings.language;
  switch (reason.kind) {
    case 'offersWhatYouSeek':
    case 'seeksWhatYouOffer': {
      const tag = event.matchmaking?.tags.find((candidate) => candidate.id === reason.tagId);
      return tag ? i18n.t(`recommendation-digest.${reason.kind}`, { tag: tag.labels[language] }) : undefined;
    }
    case 'sharedSector': {
      const sector = event.sectors.find((candidate) => candidate.id === reason.sectorId);
      return sector ? i18n.t('recommendation-digest.sharedSector', { sector: sector.labels[language] }) : undefined;
    }
    case 'crossRegion':
    case 'similarWords':
      return i18n.t(`recommendation-digest.${reason.kind}`);
  }
}

/** The person's own link: the directory with the request-a-meeting dialog for them open (`ask`). */
export function askUrl(directoryUrl: string, registrationId: string): string {
  const url = new URL(directoryUrl);
  url.searchParams.set('ask', checkedId(registrationId, 'people.profile.registrationId'));
  return url.toString();
}

/** One recommended person: name (organisation) as heading, the reasons, one button to request a meeting. */
function personSection(context: DigestContext, person: { profile: ParticipantProfile; reasons: DigestReason[] }): Block {
  const { i18n } = context;
  const reasons = person.reasons.map((reason) => reasonText(context, reason)).filter((text) => text !== undefined);
  const name = i18n.value(`${person.profile.firstName} ${person.profile.lastName}`);
  return {
    type: 'section',
    heading: participantLabel(i18n, person.profile),
    blocks: [
      ...(reasons.length === 0 ? [] : [{ type: 'paragraph' as const, text: i18n.t('recommendation-digest.why') }, { type: 'list' as const, items: reasons }]),
      { type: 'action', label: i18n.t('recommendation-digest.ask', { name }), url: askUrl(context.message.data.directoryUrl, person.profile.registrationId) },
    ],
  };
}

function optOutBlocks(i18n: Translator, manageUrl: string): Block[] {
  return [
    { type: 'paragraph', text: i18n.t('recommendation-digest.optOut') },
    { type: 'action', label: i18n.t('recommendation-digest.optOut.button'), url: manageUrl, urlHint: i18n.t('action.urlHint') },
  ];
}

/**
 * "People you should meet" (docs/matchmaking.md, "Digest"): the reader's best recommendations, each
 * with its reasons and one link that opens the directory's request dialog for that person; the
 * manage page to turn the digest off. Never an email or phone of anyone listed: profiles have none.
 */
export const recommendationDigest: EmailTemplate<'recommendation-digest'> = (context) => {
  const { i18n, message } = context;
  const { people, manageUrl, registrationId } = message.data;
  if (people.length === 0) throw new EmailRenderError('invalid-value', 'A recommendation digest lists at least one person');
  const event = eventName(context);
  return eventEmail(context, {
    subject: i18n.t('subject.recommendation-digest', { event }),
    greetingName: message.recipient.name,
    status: [i18n.t('recommendation-digest.status', { event })],
    // Someone who erased their data since the digest was written can no longer be met: left out.
    blocks: [...people.filter((person) => !person.profile.erased).map((person) => personSection(context, person)), { type: 'note', text: i18n.t('recommendation-digest.personal') }, ...optOutBlocks(i18n, manageUrl)],
    footer: [
      i18n.t('recommendation-digest.footer.reason', { event }),
      i18n.t('recommendation-digest.footer.reference', { reference: checkedId(registrationId, 'registrationId') }),
    ],
  });
};
