/** HTML: visible text (scripts, styles and tags removed, entities decoded). */
import { decodeText } from './decode-text.js';
import { stripTags } from './markup.js';
import { emptyDocument, type Extractor } from './types.js';

/** Extracts the text of an HTML page. */
export const extractHtml: Extractor = async (input) => [{ ...emptyDocument('html', input), text: stripTags(decodeText(input.buffer)) }];
