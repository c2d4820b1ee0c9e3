/** Shared types for the format extractors (one file per format in this folder). */
import type { ExtractedDocument } from '../extracted.js';

/** Limits for extracting one file. */
export type ExtractOptions = {
  /** Bytes of the file (and of expanded archive members, in total) to inspect at most. */
  maxBytes: number;
  /** Milliseconds after which extraction stops and what was read so far is returned as capped. */
  timeoutMs: number;
  /** Nesting depth allowed for archives inside archives (default 3). */
  maxDepth?: number;
  /** Compression ratio above which a zip member is treated as a bomb (default 200). */
  maxRatio?: number;
};

/** One buffer handed to an extractor: a whole file or an archive member. */
export type ExtractInput = {
  buffer: Buffer;
  /** The file on disk, for the file itself (zip reads it randomly when it is larger than the byte cap). */
  path?: string | Buffer;
  /** The file's full size on disk (or the member's uncompressed size). */
  size: number;
  /** File or member name, used for the extension. */
  name: string;
  /** Member path inside an archive; undefined for the file itself. */
  member: string | undefined;
  /** True when the buffer holds only the first bytes of the content. */
  capped: boolean;
  /** Archive nesting depth of this buffer (0 for the file itself). */
  depth: number;
  /** Epoch ms after which extractors stop early. */
  deadline: number;
  /** Remaining expanded bytes archive members may still use (shared across one file). */
  budget: { bytes: number };
  options: ExtractOptions;
  /** Extracts a member found inside this one (archives, attachments); set by extractBuffer. */
  recurse: (member: ExtractInput) => Promise<ExtractedDocument[]>;
};

/** Extracts one buffer into documents. */
export type Extractor = (input: ExtractInput) => Promise<ExtractedDocument[]>;

/** The input for a member nested in `parent` (archive entry, attachment, embedded file). */
export const memberInput = (parent: ExtractInput, name: string, buffer: Buffer, capped: boolean, size = buffer.length): ExtractInput => ({
  ...parent,
  path: undefined,
  buffer,
  size,
  name,
  member: parent.member ? `${parent.member}/${name}` : name,
  capped,
  depth: parent.depth + 1,
});

/** A document with empty content, to be filled by an extractor. */
export const emptyDocument = (format: string, input: Pick<ExtractInput, 'member' | 'capped'>): ExtractedDocument => ({
  format,
  ...(input.member !== undefined ? { member: input.member } : {}),
  encrypted: false,
  text: '',
  tables: [],
  fields: [],
  capped: input.capped,
});

/** True once the per-file time limit has passed. */
export const pastDeadline = (input: Pick<ExtractInput, 'deadline'>): boolean => Date.now() > input.deadline;
