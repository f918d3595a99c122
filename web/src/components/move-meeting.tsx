import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, asProblem, bearer, noAnswer } from '../api/client';
import { problemText } from '../failures/problem-text';
import { useI18n } from '../i18n/index';
import type { Session } from '../session/token';
import { SelectField } from './fields';
import { focusAfterRender } from './focus';
import { Notice } from './layout';
import { useWording } from './wording-state';

interface MoveMeetingProps {
  session: Session;
  /** Unique on the page: the ids of the button (`{idPrefix}-find`) and of the slot choice (`idPrefix`). */
  idPrefix: string;
  /** The other participant: the slots offered are those free for both (none known: the reader's own). */
  counterpartId: string | undefined;
  /** The slot's time range in the reader's language. */
  when: (slotId: string) => string;
  /** Moves the meeting and moves focus; true when the API did it. */
  onMove: (slotId: string) => Promise<boolean>;
  /** The meeting's other actions (Cancel), in the row with Move. */
  children?: ComponentChildren;
}

/**
 * "Move": asks the API for the slots free for both participants at that moment
 * (`GET …/meeting-slots?with=`), then offers them. The manage page's agenda offered the slots free in
 * the reader's own agenda, so a time the other side had booked meanwhile was offered, and refused once chosen.
 */
export function MoveMeeting({ session, idPrefix, counterpartId, when, onMove, children }: MoveMeetingProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [slots, setSlots] = useState<{ id: string }[]>();
  const [moveTo, setMoveTo] = useState('');
  const [failure, setFailure] = useWording();
  const findSlots = async () => {
    const { data, error, response } = await api.GET('/registrations/{registrationId}/meeting-slots', {
      params: { path: { registrationId: session.registrationId }, query: counterpartId ? { with: counterpartId } : {} },
      headers: bearer(session.token),
    }).catch(() => noAnswer);
    // Slots that could not be read are not "no slot free for both" (said before for a 503), and no answer threw:
    // say why under the buttons; Move stays, with the focus, to try again.
    if (!data) return setFailure((words) => problemText(words, asProblem(error, response.status)));
    setFailure(undefined);
    setSlots(data.slots);
    setMoveTo(data.slots[0]?.id ?? '');
    // The "Move" button goes away: focus moves on to the slot choice (or to why there is none).
    focusAfterRender(data.slots.length ? idPrefix : `${idPrefix}-none`);
  };
  // The free slots changed with the move: they are asked again on the next "Move". Where focus goes then is the
  // page's choice (`onMove`): back to Move on My meetings, to the notice on the manage page's agenda.
  const move = async () => {
    if (await onMove(moveTo)) setSlots(undefined);
  };
  return (
    <>
      <div class="actions">
        {children}
        {slots ? null : <button type="button" id={`${idPrefix}-find`} class="button button--secondary" onClick={findSlots}>{t('meetings.reschedule')}</button>}
      </div>
      {failure ? <Notice kind="error"><p>{failure(i18n)}</p></Notice> : null}
      {slots && slots.length === 0 ? <p class="muted" id={`${idPrefix}-none`} tabIndex={-1}>{t('directory.noCommonSlot')}</p> : null}
      {slots && slots.length > 0 ? (
        <div class="actions">
          <SelectField id={idPrefix} label={t('meetings.moveTo')} required value={moveTo} options={slots.map((slot) => ({ value: slot.id, label: when(slot.id) }))} onValue={setMoveTo} />
          <button type="button" id={`${idPrefix}-submit`} class="button button--primary" onClick={move}>{t('meetings.reschedule')}</button>
        </div>
      ) : null}
    </>
  );
}
