/** Zip archives and the zip-based document formats (docx, xlsx, pptx, odt, ods, odp), decided by their parts. */
import type { Entry } from 'yauzl';
import type { ExtractedDocument } from '../extracted.js';
import { extractOfficeText } from './ooxml.js';
import { extensionOf } from './sniff.js';
import { extractOds, extractXlsx } from './spreadsheet.js';
import { emptyDocument, memberInput, pastDeadline, type ExtractInput, type Extractor } from './types.js';
import { openZip, readMember, readMemberText } from './zip-reader.js';

/** Members never worth expanding: media and executables carry no text we read. */
const SKIP_MEMBER = /\.(jpe?g|png|gif|bmp|tiff?|mp[34]|mov|avi|wav|exe|dll|so|dylib|class|woff2?|ttf|otf)$/i;

/** The document format a zip holds, from its part names (and ODF mimetype). */
const zipFormat = async (entries: Entry[], read: (e: Entry) => Promise<string>): Promise<string> => {
  const names = new Set(entries.map((e) => e.fileName));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  const mimetype = entries.find((e) => e.fileName === 'mimetype');
  if (mimetype && names.has('content.xml')) {
    const type = (await read(mimetype)).trim();
    if (type.endsWith('opendocument.text')) return 'odt';
    if (type.endsWith('opendocument.spreadsheet')) return 'ods';
    if (type.endsWith('opendocument.presentation')) return 'odp';
  }
  return 'zip';
};

/** Expands each member of a plain archive and extracts it (recursively, within depth and size limits). */
const extractMembers = async (entries: Entry[], open: Awaited<ReturnType<typeof openZip>>, input: ExtractInput): Promise<ExtractedDocument[]> => {
  const docs: ExtractedDocument[] = [];
  const maxDepth = input.options.maxDepth ?? 3;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/') || SKIP_MEMBER.test(entry.fileName)) continue;
    const name = entry.fileName;
    const base = memberInput(input, name, Buffer.alloc(0), false, entry.uncompressedSize);
    const note = (text: string): ExtractedDocument => ({ ...emptyDocument(extensionOf(name) || 'unknown', base), note: text });
    if (entry.isEncrypted()) docs.push({ ...note('encrypted archive member'), encrypted: true });
    else if (input.depth + 1 > maxDepth) docs.push(note(`archive nested deeper than ${maxDepth} levels: not inspected`));
    else if (pastDeadline(input)) {
      docs.push(note('time limit reached: not inspected'));
      break;
    } else {
      const read = await readMember(open.zip, entry, input);
      if ('refused' in read) docs.push(note(read.refused));
      else docs.push(...(await input.recurse(memberInput(input, name, read.buffer, read.capped, entry.uncompressedSize))));
    }
  }
  return docs;
};

/** Extracts a zip-family file. A corrupt archive throws (the caller reports it as an error). */
export const extractZip: Extractor = async (input) => {
  const open = await openZip(input);
  try {
    const format = await zipFormat(open.entries, (e) => readMemberText(open.zip, e, input));
    // OOXML packages protected by a password are OLE files, not zips; an encrypted entry here means a protected plain zip.
    if (format === 'docx' || format === 'pptx' || format === 'odt' || format === 'odp') return await extractOfficeText(format, open.zip, open.entries, input);
    if (format === 'xlsx') return await extractXlsx(open.zip, open.entries, input);
    if (format === 'ods') return await extractOds(open.zip, open.entries, input);
    const docs = await extractMembers(open.entries, open, input);
    return docs.length ? docs : [{ ...emptyDocument('zip', input), note: 'empty archive' }];
  } finally {
    open.close();
  }
};
