/** Reads zip archives with yauzl: entry listing and bounded member reads (guarding against zip bombs). */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ExtractInput } from './types.js';

/** Entries listed per archive at most. */
const MAX_ENTRIES = 20_000;

/** An open archive with its entries listed. Close it when done. */
export type OpenZip = { zip: ZipFile; entries: Entry[]; close: () => void };

const open = (input: ExtractInput): Promise<ZipFile> =>
  new Promise((resolve, reject) => {
    const opts = { lazyEntries: true, autoClose: false, strictFileNames: false, decodeStrings: true, validateEntrySizes: true };
    const done = (err: Error | null, zip?: ZipFile) => (err || !zip ? reject(err ?? new Error('cannot open zip')) : resolve(zip));
    // yauzl hands the path to fs.open, which also takes the bytes of a name that is not valid UTF-8.
    if (input.path && input.capped) yauzl.open(input.path as string, opts, done);
    else yauzl.fromBuffer(input.buffer, opts, done);
  });

/** Opens an archive (from the buffer, or by path for a large top-level file) and lists its entries. */
export const openZip = async (input: ExtractInput): Promise<OpenZip> => {
  const zip = await open(input);
  const entries: Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: Entry) => {
      entries.push(e);
      if (entries.length >= MAX_ENTRIES) resolve();
      else zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  }).catch((err) => {
    zip.close();
    throw err;
  });
  return { zip, entries, close: () => zip.close() };
};

/** Result of reading one member. */
export type MemberRead = { buffer: Buffer; capped: boolean } | { refused: string };

/** Why a member must not be expanded (zip bomb guards), or null. */
export const refuseMember = (entry: Entry, input: ExtractInput): string | null => {
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  const maxRatio = input.options.maxRatio ?? 200;
  if (entry.uncompressedSize > 1024 * 1024 && ratio > maxRatio) return `compression ratio ${Math.round(ratio)}:1 exceeds ${maxRatio}:1 (zip bomb guard)`;
  if (input.budget.bytes <= 0) return 'expanded-size budget for this file used up';
  return null;
};

/** Reads one member into memory, at most the file's remaining expanded-size budget. */
export const readMember = (zip: ZipFile, entry: Entry, input: ExtractInput): Promise<MemberRead> =>
  new Promise((resolve) => {
    const refused = refuseMember(entry, input);
    if (refused) return resolve({ refused });
    const limit = Math.min(input.budget.bytes, input.options.maxBytes);
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return resolve({ refused: `cannot read member: ${err?.message ?? 'no stream'}` });
      const chunks: Buffer[] = [];
      let got = 0;
      let capped = false;
      stream.on('data', (chunk: Buffer) => {
        const room = limit - got;
        if (chunk.length >= room) {
          chunks.push(chunk.subarray(0, room));
          got += room;
          capped = true;
          stream.destroy();
          input.budget.bytes -= got;
          resolve({ buffer: Buffer.concat(chunks), capped });
          return;
        }
        chunks.push(chunk);
        got += chunk.length;
      });
      stream.on('error', (e: Error) => resolve({ refused: `corrupt member: ${e.message}` }));
      stream.on('end', () => {
        input.budget.bytes -= got;
        resolve({ buffer: Buffer.concat(chunks), capped });
      });
    });
  });

/** Reads a member as UTF-8 text, or '' when refused. */
export const readMemberText = async (zip: ZipFile, entry: Entry | undefined, input: ExtractInput): Promise<string> => {
  if (!entry) return '';
  const r = await readMember(zip, entry, input);
  return 'buffer' in r ? r.buffer.toString('utf8') : '';
};
