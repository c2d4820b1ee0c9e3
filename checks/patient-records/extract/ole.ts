/** OLE compound files (cfb): legacy .doc/.xls/.ppt, Outlook .msg, and password-protected OOXML (EncryptedPackage). */
import CFB from 'cfb';
import type { ExtractedDocument } from '../extracted.js';
import { biffEncrypted, printableRuns, wordFlags, wordTables, wordText } from './ole-text.js';
import { msgBodyText } from './msg-body.js';
import { extensionOf } from './sniff.js';
import { biffVersion, readBiff } from './xls.js';
import { emptyDocument, memberInput, type Extractor } from './types.js';

type Container = ReturnType<typeof CFB.read>;

const stream = (cfb: Container, name: string): Buffer | null => {
  const entry = CFB.find(cfb, name);
  return entry?.content ? Buffer.from(entry.content as Uint8Array) : null;
};

/** Streams whose full path matches, with their content. */
const streams = (cfb: Container, pattern: RegExp): [string, Buffer][] =>
  cfb.FullPaths.flatMap((p, i) => {
    const content = cfb.FileIndex[i]?.content;
    return pattern.test(p) && content && content.length ? [[p, Buffer.from(content as Uint8Array)] as [string, Buffer]] : [];
  });

/** Outlook .msg: string properties (subject, body, names, addresses) and attachments. */
const extractMsg: Extractor = async (input) => {
  const cfb = CFB.read(input.buffer, { type: 'buffer' });
  const top = (p: string) => !p.includes('__attach_') && !p.includes('__nameid_');
  const text = streams(cfb, /__substg1\.0_[0-9A-F]{4}001[EF]$/i)
    .filter(([p]) => top(p))
    .map(([p, b]) => (/001F$/i.test(p) ? b.toString('utf16le') : b.toString('latin1')))
    .join('\n');
  // No plain-text body (PR_BODY 0x1000): the HTML or compressed RTF body holds the message.
  const hasBody = streams(cfb, /__substg1\.0_1000001[EF]$/i).some(([p, b]) => top(p) && b.length > 2);
  const bodyOf = (id: string) => streams(cfb, new RegExp(`__substg1\\.0_${id}$`, 'i')).find(([p]) => top(p))?.[1];
  const body = hasBody ? '' : msgBodyText(bodyOf('10130102'), bodyOf('10090102'));
  const docs: ExtractedDocument[] = [{ ...emptyDocument('msg', input), text: body ? `${text}\n${body}` : text }];
  const folders = new Set(cfb.FullPaths.map((p) => /^(.*__attach_version1\.0_#[0-9A-F]+\/)/i.exec(p)?.[1]).filter((p): p is string => !!p));
  for (const folder of folders) {
    const data = streams(cfb, new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}__substg1\\.0_37010102$`, 'i'))[0]?.[1];
    const nameStream = streams(cfb, new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}__substg1\\.0_370[74]001F$`, 'i'))[0]?.[1];
    if (!data) continue;
    const name = nameStream?.toString('utf16le').replace(/\0+$/, '') || 'attachment';
    if (input.depth + 1 <= (input.options.maxDepth ?? 3)) docs.push(...(await input.recurse(memberInput(input, name, data, false))));
  }
  return docs;
};

/** Extracts an OLE compound file by the streams it holds. */
export const extractOle: Extractor = async (input) => {
  const cfb = CFB.read(input.buffer, { type: 'buffer' });
  const ext = extensionOf(input.name);
  if (stream(cfb, 'EncryptedPackage') || stream(cfb, 'EncryptionInfo')) {
    const format = ['docx', 'xlsx', 'pptx', 'docm', 'xlsm'].includes(ext) ? ext : 'office';
    return [{ ...emptyDocument(format, input), encrypted: true, note: 'password-protected Office file' }];
  }
  const wd = stream(cfb, 'WordDocument');
  if (wd) {
    const flags = wordFlags(wd);
    if (flags.encrypted) return [{ ...emptyDocument('doc', input), encrypted: true, note: 'password-protected Word document' }];
    const table = stream(cfb, flags.table);
    const text = table && wordText(wd, table);
    if (text === null || text === undefined) return [{ ...emptyDocument('doc', input), text: printableRuns(wd) }];
    return [{ ...emptyDocument('doc', input), text, tables: wordTables(text).slice(0, 100) }];
  }
  const wb = stream(cfb, 'Workbook') ?? stream(cfb, 'Book');
  if (wb) {
    if (biffEncrypted(wb)) return [{ ...emptyDocument('xls', input), encrypted: true, note: 'password-protected Excel workbook' }];
    // BIFF8 and BIFF5 cells (strings, numbers, dates) become tables; older BIFF versions keep the text-run fallback.
    const { tables, text } = biffVersion(wb) ? readBiff(wb) : { tables: [], text: '' };
    if (tables.length) return [{ ...emptyDocument('xls', input), text, tables, capped: input.capped || tables.some((t) => t.truncated) }];
    return [{ ...emptyDocument('xls', input), text: printableRuns(wb), note: 'xls read as text runs: numeric cells (including dates) are not read' }];
  }
  if (cfb.FullPaths.some((p) => /__substg1\.0_/i.test(p))) return extractMsg(input);
  const ppt = stream(cfb, 'PowerPoint Document');
  const all = ppt ? [ppt] : streams(cfb, /./).map(([, b]) => b);
  return [{ ...emptyDocument(ppt ? 'ppt' : 'ole', input), text: all.map((b) => printableRuns(b)).join('\n') }];
};
