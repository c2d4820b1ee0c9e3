/** PDF: text layer and form-field values through pdf.js (legacy build for Node); encryption and image-only PDFs noted. */
import Module from 'node:module';
import { joinTextItems, type PdfTextItem } from './pdf-lines.js';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { emptyDocument, pastDeadline, type Extractor } from './types.js';

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

/** Stand-ins for what pdf.js takes from @napi-rs/canvas at load: used only to draw pages, which we never do. */
const NO_CANVAS = { DOMMatrix: class DOMMatrix {}, ImageData: class ImageData {}, Path2D: class Path2D {} };

type ModuleLoader = { _load: (request: string, ...rest: unknown[]) => unknown };

/**
 * Imports pdf.js while its `require("@napi-rs/canvas")` gets the stand-ins: Skia and its thread pool
 * cost ~30 MB of resident memory, and text extraction never draws.
 */
const importWithoutCanvas = async (): Promise<PdfJs> => {
  const loader = Module as unknown as ModuleLoader;
  const load = loader._load;
  loader._load = function (this: unknown, request, ...rest) {
    return request === '@napi-rs/canvas' ? NO_CANVAS : load.call(this, request, ...rest);
  };
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    loader._load = load;
  }
};

/** Loads pdf.js (~40 MB of code) on the first PDF only; it loads its own worker module for in-thread parsing. */
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= importWithoutCanvas());

/** Fewer visible characters than this per page means the pages are images (scans). */
const MIN_CHARS_PER_PAGE = 20;

type Annotation = { fieldType?: string; fieldName?: string; alternativeText?: string; fieldValue?: unknown };

/** True when the file has an /Encrypt entry in a trailer or cross-reference dictionary. */
export const hasEncryptDictionary = (buf: Buffer): boolean => buf.includes('/Encrypt', 0, 'latin1');

/** Extracts a PDF's text layer and AcroForm values. */
export const extractPdf: Extractor = async (input) => {
  const base = emptyDocument('pdf', input);
  const encryptedDict = hasEncryptDictionary(input.buffer);
  const { getDocument } = await loadPdfJs();
  const task = getDocument({ data: new Uint8Array(input.buffer), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      // Protected by an open password: not readable without it, so not exposed.
      if ((err as Error).name === 'PasswordException') return [{ ...base, encrypted: true, note: 'password-protected PDF' }];
      throw err;
    }
    const parts: string[] = [];
    let capped = input.capped;
    for (let p = 1; p <= doc.numPages; p++) {
      if (pastDeadline(input)) {
        capped = true;
        break;
      }
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      parts.push(joinTextItems(content.items as PdfTextItem[]));
      const fields = ((await page.getAnnotations()) as Annotation[]).filter((a) => a.fieldType && typeof a.fieldValue === 'string' && a.fieldValue.trim() && a.fieldValue !== 'Off');
      if (fields.length) parts.push(fields.map((a) => `${a.alternativeText || a.fieldName || ''}: ${String(a.fieldValue)}`).join('\n'));
      page.cleanup();
    }
    const text = parts.join('\n');
    const visible = text.replace(/\s+/g, '').length;
    const imageOnly = doc.numPages > 0 && visible < MIN_CHARS_PER_PAGE * Math.min(doc.numPages, 3);
    // An /Encrypt dictionary that opened without a password only restricts printing/copying: the content is readable.
    const note = imageOnly ? 'image-only PDF: needs OCR' : encryptedDict ? 'encrypted with an empty open password: readable by anyone' : undefined;
    return [{ ...base, text, capped, ...(note ? { note } : {}) }];
  } finally {
    await task.destroy();
  }
};
