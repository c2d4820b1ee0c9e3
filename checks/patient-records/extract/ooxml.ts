/** Office Open XML and OpenDocument text: docx, pptx, odt, odp (document parts read from the zip), with embedded files. */
import type { Entry, ZipFile } from 'yauzl';
import { officeTables } from './office-tables.js';
import { officePartText } from './office-text.js';
import { readMember, readMemberText } from './zip-reader.js';
import { emptyDocument, memberInput, pastDeadline, type ExtractInput } from './types.js';
import type { ExtractedDocument, ExtractedTable } from '../extracted.js';

const PARTS: Record<string, RegExp> = {
  // Body, headers/footers, foot/endnotes, comments, SmartArt text; text boxes and tracked changes sit in the body.
  docx: /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments|diagrams\/data\d*)\.xml$/,
  // Slides, speaker notes, SmartArt text, and charts' titles and labels are all where people type.
  pptx: /^ppt\/(slides\/slide\d+|notesSlides\/notesSlide\d+|diagrams\/data\d*)\.xml$/,
  // styles.xml holds the headers and footers.
  odt: /^(content|styles)\.xml$/,
  odp: /^(content|styles)\.xml$/,
};

/** Files embedded in a document (an Excel sheet pasted into Word, an attached PDF): extracted as members. */
const EMBEDDED = /^(word|ppt|xl)\/embeddings\/[^/]+\.(xlsx|xlsm|xls|docx|docm|doc|pptx|pdf|csv|txt|rtf|bin|zip|odt|ods)$|^Object \d+\/content\.xml$/i;

/** Extracts the files embedded in an Office or ODF package (within depth and size limits). */
export const extractEmbedded = async (zip: ZipFile, entries: Entry[], input: ExtractInput): Promise<ExtractedDocument[]> => {
  const docs: ExtractedDocument[] = [];
  if (input.depth + 1 > (input.options.maxDepth ?? 3)) return docs;
  for (const entry of entries.filter((e) => EMBEDDED.test(e.fileName))) {
    if (pastDeadline(input)) break;
    const read = await readMember(zip, entry, input);
    if ('buffer' in read) docs.push(...(await input.recurse(memberInput(input, entry.fileName, read.buffer, read.capped, entry.uncompressedSize))));
  }
  return docs;
};

/** Extracts the text parts of a word-processing or presentation document, then its embedded files. */
export const extractOfficeText = async (format: 'docx' | 'pptx' | 'odt' | 'odp', zip: ZipFile, entries: Entry[], input: ExtractInput): Promise<ExtractedDocument[]> => {
  const pattern = PARTS[format] as RegExp;
  const parts = entries.filter((e) => pattern.test(e.fileName)).sort((a, b) => a.fileName.localeCompare(b.fileName, 'en', { numeric: true }));
  const texts: string[] = [];
  const tables: ExtractedTable[] = [];
  for (const part of parts) {
    const xml = await readMemberText(zip, part, input);
    texts.push(officePartText(xml, format));
    // Tables also come out as tables (first row = header), so detectors judge them by column.
    tables.push(...officeTables(xml, format));
  }
  const doc: ExtractedDocument = { ...emptyDocument(format, input), text: texts.join('\n'), tables, capped: input.capped || input.budget.bytes <= 0 };
  return [doc, ...(await extractEmbedded(zip, entries, input))];
};
