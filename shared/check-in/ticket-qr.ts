import { bitmapPng } from './bitmap-png';
import { qrMatrix } from './qr-matrix';

/** The QR code of a ticket token, as a base64 PNG for emails (6 pixels per module, a 2-module quiet zone). */
export async function ticketQrPng(token: string): Promise<string> {
  return bitmapPng(await qrMatrix(token), { scale: 6, margin: 2 }).toString('base64');
}
