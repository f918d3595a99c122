import type { ComponentChildren } from 'preact';
import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/index';
import { Facts } from './facts';

type Invitation = Schemas['MeetingInvitation'];

/**
 * Who asks for the meeting and what they wrote. The email says it, but the answer page is where the
 * choice is made (and the email may be long gone), so it says it again; user text is isolated (`bdi`, `dir="auto"`).
 */
export function RequesterFacts({ invitation, timeZone }: { invitation: Pick<Invitation, 'requester' | 'message'>; timeZone: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { requester, message } = invitation;
  const text = (value: string) => <span class="prewrap" dir="auto">{value}</span>;
  // Someone who erased their data has no name or organisation left: one line says so instead of empty rows.
  const who: [string, ComponentChildren][] = requester.erased
    ? []
    : [
        [t('manage.name'), <bdi>{requester.firstName} {requester.lastName}</bdi>],
        [t('register.organisation'), <bdi>{requester.organisation}</bdi>],
      ];
  const rows: [string, ComponentChildren][] = [
    ...who,
    [t('register.country'), i18n.format(timeZone).country(requester.country)],
    ...(requester.offer ? [[t('directory.offer'), text(requester.offer)] as [string, ComponentChildren]] : []),
    ...(requester.request ? [[t('directory.request'), text(requester.request)] as [string, ComponentChildren]] : []),
    ...(message ? [[t('directory.message'), text(message)] as [string, ComponentChildren]] : []),
  ];
  return (
    <>
      {requester.erased ? <p>{t('answer.requesterErased')}</p> : null}
      <Facts rows={rows} />
    </>
  );
}
