/**
 * Reads the QR code of a ticket from a camera frame or a photo. The browser's BarcodeDetector when it
 * reads QR codes (Chrome on Android and macOS); elsewhere zxing-wasm, loaded on first use only, so the
 * attendee pages never download it.
 */
type Source = HTMLVideoElement | Blob;

interface NativeDetector {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: { new (options: { formats: string[] }): NativeDetector; getSupportedFormats(): Promise<string[]> };
  }
}

let native: Promise<NativeDetector | undefined> | undefined;

async function nativeDetector(): Promise<NativeDetector | undefined> {
  const Detector = window.BarcodeDetector;
  if (!Detector) return undefined;
  const formats = await Detector.getSupportedFormats().catch(() => [] as string[]);
  return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : undefined;
}

/** A frame of the video as image data, for the fallback decoder. */
function frameOf(video: HTMLVideoElement): ImageData | undefined {
  if (video.videoWidth === 0) return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context?.drawImage(video, 0, 0);
  return context?.getImageData(0, 0, canvas.width, canvas.height);
}

/** The text of the first QR code in the source, or undefined when none is readable. */
export async function decodeQr(source: Source): Promise<string | undefined> {
  native ??= nativeDetector();
  const detector = await native;
  if (detector) {
    const image = source instanceof Blob ? await createImageBitmap(source) : source;
    return (await detector.detect(image))[0]?.rawValue;
  }
  const { readQr } = await import('./zxing-decoder');
  const input = source instanceof Blob ? source : frameOf(source);
  return input === undefined ? undefined : readQr(input);
}
