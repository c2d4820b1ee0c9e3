/** Plain text (txt, log, md and unknown text files): decoded as is. */
import { decodeText } from './decode-text.js';
import { emptyDocument, type Extractor } from './types.js';

/** Extracts a plain-text document. */
export const extractText: Extractor = async (input) => [{ ...emptyDocument('txt', input), text: decodeText(input.buffer) }];
