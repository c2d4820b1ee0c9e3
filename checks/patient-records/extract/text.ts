/** Plain text (txt, log, md and unknown text files): decoded as is. Program source is marked `source` by its name. */
import { decodeText } from './decode-text.js';
import { extensionOf } from './sniff.js';
import { emptyDocument, type Extractor } from './types.js';

/**
 * Program source files: their sample values (a docstring's `ssn : 111-22-3333`) are test data, and a long licence
 * or docstring at the top can hide the code from the content check (pip's vendored pyparsing.py).
 */
const SOURCE_EXT = new Set(['py', 'pyi', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'java', 'kt', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'go', 'rb', 'php', 'rs', 'swift', 'scala', 'pl', 'pm', 'lua', 'r']);

/** Extracts a plain-text document. */
export const extractText: Extractor = async (input) => [{ ...emptyDocument(SOURCE_EXT.has(extensionOf(input.name)) ? 'source' : 'txt', input), text: decodeText(input.buffer) }];
