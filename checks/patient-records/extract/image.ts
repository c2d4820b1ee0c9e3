/**
 * Binary content we do not parse. Scanned images (intake forms, insurance cards photographed or scanned)
 * are recognised by their magic bytes only, never decoded: without OCR their text cannot be read, so the
 * scan lists them when their name or folder suggests clinical use (records.ts).
 */
import { emptyDocument, type Extractor } from './types.js';

/** Image formats a scanner, a phone camera or a fax program saves. */
export const SCANNED_IMAGE_FORMATS = new Set(['jpeg', 'png', 'tiff', 'heic', 'bmp', 'gif', 'webp']);

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1', 'avif']);

const at = (head: Buffer, offset: number, magic: string): boolean =>
  head.length >= offset + magic.length && head.toString('latin1', offset, offset + magic.length) === magic;

/** The image format of a file from its first bytes (pure), or null. */
export const imageFormat = (head: Buffer): string | null => {
  if (at(head, 0, '\xff\xd8\xff')) return 'jpeg';
  if (at(head, 0, '\x89PNG\r\n\x1a\n')) return 'png';
  if (at(head, 0, 'II*\0') || at(head, 0, 'MM\0*')) return 'tiff';
  if (at(head, 4, 'ftyp') && HEIF_BRANDS.has(head.toString('latin1', 8, 12))) return 'heic';
  // BMP: 'BM', then the file size and two reserved zero words (text starting with "BM" fails the zeros).
  if (at(head, 0, 'BM') && head.length >= 14 && head.readUInt32LE(6) === 0) return 'bmp';
  if (at(head, 0, 'GIF87a') || at(head, 0, 'GIF89a')) return 'gif';
  if (at(head, 0, 'RIFF') && at(head, 8, 'WEBP')) return 'webp';
  return null;
};

/** Note on a scanned image read as a file of its own (inspect-file.ts treats notes starting "image-only" as needing OCR). */
export const SCANNED_IMAGE_NOTE = 'image-only scan: needs OCR';

/** Binary content: images named by their format (not read beyond the magic bytes), anything else as `binary`. */
export const extractBinary: Extractor = async (input) => {
  const image = imageFormat(input.buffer.subarray(0, 16));
  if (!image) return [{ ...emptyDocument('binary', input), note: 'binary content: not inspected' }];
  // An image inside an e-mail or archive does not make its container a scan.
  return [{ ...emptyDocument(image, input), note: input.member === undefined ? SCANNED_IMAGE_NOTE : 'image: not inspected (needs OCR)' }];
};
