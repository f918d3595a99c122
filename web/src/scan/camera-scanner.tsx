import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index';
import { decodeQr } from './qr-decoder';

/** How long the same QR code in front of the camera counts as one scan. */
const repeatPauseMs = 4_000;

/** The camera, read a few times a second; each new QR code is handed to `onText`. */
export function CameraScanner({ onText }: { onText: (text: string) => void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!on) return undefined;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let last = { text: '', at: 0 };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (opened) => {
        stream = opened;
        if (!video.current) return;
        video.current.srcObject = opened;
        await video.current.play();
        timer = setInterval(async () => {
          const text = video.current ? await decodeQr(video.current).catch(() => undefined) : undefined;
          if (!text || (text === last.text && Date.now() - last.at < repeatPauseMs)) return;
          last = { text, at: Date.now() };
          onText(text);
        }, 300);
      })
      .catch(() => {
        setFailed(true);
        setOn(false);
      });
    return () => {
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on]);

  return (
    <div class="scan-camera">
      <button type="button" class="button button--primary" aria-pressed={on ? 'true' : 'false'} onClick={() => setOn(!on)}>
        {t(on ? 'scan.cameraStop' : 'scan.camera')}
      </button>
      {on ? <video ref={video} class="scan-camera__video" muted playsInline aria-label={t('scan.video')} /> : null}
      {failed ? <p class="field__error">{t('scan.cameraFailed')}</p> : null}
    </div>
  );
}
