import { useState } from 'preact/hooks';
import { TextField } from '../components/fields';
import { focusNextHeading } from '../components/heading-focus';
import { Layout } from '../components/layout';
import { useEvent } from '../components/use-event';
import { useI18n } from '../i18n/index';
import { CameraScanner } from '../scan/camera-scanner';
import { DoorSearch } from '../scan/door-search';
import { decodeQr } from '../scan/qr-decoder';
import { ScanResult } from '../scan/scan-result';
import type { ScanAnswer, ScanInput } from '../scan/send-scan';
import { useScanQueue } from '../scan/use-scan-queue';

/**
 * The door scanner (docs/check-in.md): camera, photo, typed code or a search by name for someone without
 * their ticket; the key is asked once and kept in this page's memory only (never in storage), the scans
 * made offline are queued on the device.
 */
export function ScanPage({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const [key, setKey] = useState<string>();
  const [typed, setTyped] = useState('');
  if (key) return <Scanner eventId={eventId} staffKey={key} />;
  return (
    <Layout title={t('scan.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim() === '') return;
          setKey(typed.trim());
          // The key's form goes away: the scanner's h1 takes the focus (Tab then reaches camera, photo, code).
          focusNextHeading();
        }}
      >
        <TextField id="staff-key" type="password" label={t('scan.key')} hint={t('scan.keyHelp')} required value={typed} onValue={setTyped} autocomplete="off" />
        <p class="actions"><button type="submit" class="button button--primary">{t('scan.start')}</button></p>
      </form>
    </Layout>
  );
}

function Scanner({ eventId, staffKey }: { eventId: string; staffKey: string }) {
  const { t, tx } = useI18n();
  const { event } = useEvent(eventId);
  const { scan, pending, sentAfterReconnection } = useScanQueue(eventId, staffKey);
  const [answer, setAnswer] = useState<ScanAnswer>();
  const [code, setCode] = useState('');
  const [unreadable, setUnreadable] = useState(false);

  const submit = async (input: ScanInput) => {
    setUnreadable(false);
    const answered = await scan(input);
    setAnswer(answered);
    return answered;
  };
  const fromPhoto = async (file: File | undefined) => {
    const text = file ? await decodeQr(file).catch(() => undefined) : undefined;
    if (text) await submit({ ticket: text });
    else setUnreadable(true);
  };

  return (
    <Layout title={t('scan.title')}>
      <ScanResult answer={answer} timeZone={event?.timeZone} />
      <p role="status" class="scan-queue">
        {pending > 0 ? t('scan.pending', { count: pending }) : null}
        {pending > 0 && sentAfterReconnection > 0 ? ' · ' : null}
        {sentAfterReconnection > 0 ? t('scan.sent', { count: sentAfterReconnection }) : null}
      </p>
      <CameraScanner onText={(text) => void submit({ ticket: text })} />
      <div class="field">
        <label for="ticket-photo">{t('scan.photo')}</label>
        <input id="ticket-photo" type="file" accept="image/*" capture="environment" aria-describedby={unreadable ? 'ticket-photo-error' : undefined} onChange={(event) => void fromPhoto(event.currentTarget.files?.[0])} />
        {unreadable ? <p class="field__error" id="ticket-photo-error">{t('scan.unreadable')}</p> : null}
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (code.trim() === '') return;
          void submit({ code: code.trim() }).then(() => setCode(''));
        }}
      >
        {/* A non-breaking hyphen (U+2011): the example must not break across lines, which in Arabic put "-ABCD" and "EFGH" on two lines. */}
        <TextField id="ticket-code" label={t('scan.code')} hint={tx('scan.codeHelp', { example: 'ABCD\u2011EFGH' })} required value={code} onValue={setCode} autocomplete="off" />
        <p class="actions"><button type="submit" class="button button--primary">{t('scan.check')}</button></p>
      </form>
      <DoorSearch eventId={eventId} staffKey={staffKey} timeZone={event?.timeZone} checkIn={(registrationId) => submit({ registrationId })} />
    </Layout>
  );
}
