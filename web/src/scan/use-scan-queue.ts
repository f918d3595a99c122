import { useEffect, useRef, useState } from 'preact/hooks';
import { dropScan, enqueueScan, queuedScans } from './scan-queue';
import { sendScan, type ScanAnswer, type ScanInput } from './send-scan';

/**
 * Sending scans, online or not: a scan made without network (or whose request got no answer) joins
 * the device's queue; the queue is sent, one scan at a time and by one sender only, when the page
 * starts and whenever the browser says the network is back.
 */
export function useScanQueue(eventId: string, key: string) {
  const [pending, setPending] = useState(() => queuedScans(eventId).length);
  const [sentAfterReconnection, setSent] = useState(0);
  const flushing = useRef(false);

  const flush = async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (const queued of queuedScans(eventId)) {
        const input: ScanInput =
          queued.ticket !== undefined ? { ticket: queued.ticket } : queued.registrationId !== undefined ? { registrationId: queued.registrationId } : { code: queued.code ?? '' };
        const answer = await sendScan(eventId, key, input, queued.scannedAt);
        if (answer.kind === 'offline') break;
        dropScan(eventId, queued.id);
        setSent((count) => count + 1);
      }
    } finally {
      flushing.current = false;
      setPending(queuedScans(eventId).length);
    }
  };

  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [eventId, key]);

  const scan = async (input: ScanInput): Promise<ScanAnswer> => {
    const scannedAt = new Date().toISOString();
    const answer = navigator.onLine ? await sendScan(eventId, key, input) : ({ kind: 'offline' } as const);
    if (answer.kind === 'offline') {
      enqueueScan(eventId, { ...input, scannedAt });
      setPending(queuedScans(eventId).length);
    }
    return answer;
  };

  return { scan, pending, sentAfterReconnection };
}
