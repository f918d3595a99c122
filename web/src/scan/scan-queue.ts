/**
 * Scans made while the network is down, kept on the device (localStorage: they survive a reload) until
 * the API has answered them. Only what was scanned and when is kept, never the key. Each entry leaves the
 * queue once the API gave any answer; the API checks a person in once whatever the number of scans, so a
 * scan sent twice (a reply lost on the way back) is still one check-in.
 */
export interface QueuedScan {
  id: string;
  ticket?: string;
  code?: string;
  registrationId?: string;
  scannedAt: string;
}

const storageKey = (eventId: string) => `rendezvous:scan-queue:${eventId}`;

export function queuedScans(eventId: string): QueuedScan[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(eventId)) ?? '[]');
    return Array.isArray(stored) ? (stored as QueuedScan[]) : [];
  } catch {
    return [];
  }
}

export function enqueueScan(eventId: string, scan: Omit<QueuedScan, 'id'>): void {
  localStorage.setItem(storageKey(eventId), JSON.stringify([...queuedScans(eventId), { ...scan, id: crypto.randomUUID() }]));
}

export function dropScan(eventId: string, id: string): void {
  localStorage.setItem(storageKey(eventId), JSON.stringify(queuedScans(eventId).filter((scan) => scan.id !== id)));
}
