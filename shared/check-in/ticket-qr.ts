import { bitmapPng } from './bitmap-png';
import { qrMatrix } from './qr-matrix';

/** The QR code of a ticket token, as a base64 PNG for emails (6 pixels per module, a 2-module quiet zone). */
export function ticketQrPng(token: string): string {
  return bitmapPng(qrMatrix(token), { scale: 6, margin: 2 }).toString('base64');
}
