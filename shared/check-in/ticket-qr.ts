/**
 * The QR code of a ticket token, as a base64 PNG for emails. `qrcode` is imported on first use so only
 * the mailer loads it; error correction M keeps a crumpled printout or a cracked phone screen readable.
 */
export async function ticketQrPng(token: string): Promise<string> {
  // `qrcode` is CommonJS: only `default` (its module.exports) exists both in Node and in a bundle's split chunk.
  const { default: qrcode } = await import('qrcode');
  const png = await qrcode.toBuffer(token, { errorCorrectionLevel: 'M', margin: 2, scale: 6, type: 'png' });
  return png.toString('base64');
}
