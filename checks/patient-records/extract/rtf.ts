/** RTF: visible text with \'hh and \uN escapes decoded; font tables, pictures and other hidden destinations skipped. */
import iconv from 'iconv-lite';
import { emptyDocument, type Extractor } from './types.js';

const SKIP = new Set(['fonttbl', 'colortbl', 'stylesheet', 'pict', 'object', 'objdata', 'themedata', 'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'fldinst', 'filetbl', 'revtbl', 'wgrffmtfilter', 'pgdsctbl', 'colorschememapping']);
const BREAKS: Record<string, string> = { par: '\n', line: '\n', row: '\n', sect: '\n', page: '\n', tab: '\t', cell: '\t', emdash: '-', endash: '-', bullet: '*', lquote: "'", rquote: "'", ldblquote: '"', rdblquote: '"' };

/** Text of an RTF document (pure). Hex escapes are read as Windows-1252. */
export const parseRtf = (rtf: string): string => {
  const out: string[] = [];
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let uc = 1;
  let pendingSkip = 0; // characters to drop after a \uN
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length) out.push(iconv.decode(Buffer.from(bytes), 'windows-1252'));
    bytes = [];
  };
  const emit = (s: string) => {
    if (pendingSkip > 0) pendingSkip--;
    else if (!skip) out.push(s);
  };
  for (let i = 0; i < rtf.length; i++) {
    const c = rtf[i] as string;
    if (c === '{') {
      flush();
      stack.push({ skip, uc });
    } else if (c === '}') {
      flush();
      ({ skip, uc } = stack.pop() ?? { skip: false, uc: 1 });
    } else if (c === '\\') {
      const next = rtf[i + 1] ?? '';
      if (next === "'") {
        const b = parseInt(rtf.slice(i + 2, i + 4), 16);
        if (pendingSkip > 0) pendingSkip--;
        else if (!skip && Number.isFinite(b)) bytes.push(b);
        i += 3;
        continue;
      }
      flush();
      if (next === '\\' || next === '{' || next === '}' || next === '~') {
        emit(next === '~' ? ' ' : next);
        i++;
      } else if (next === '*') {
        skip = true;
        i++;
      } else {
        const m = /^([a-zA-Z]+)(-?\d+)? ?/.exec(rtf.slice(i + 1, i + 40));
        if (!m) {
          i++;
          continue;
        }
        const [all, word = '', arg] = m;
        i += all.length;
        if (SKIP.has(word)) skip = true;
        else if (word === 'uc') uc = Number(arg ?? 1);
        else if (word === 'u') {
          emit(String.fromCharCode((Number(arg) + 65536) % 65536));
          pendingSkip = uc;
        } else if (word === 'bin') i += Number(arg ?? 0);
        else if (BREAKS[word]) emit(BREAKS[word] as string);
      }
    } else if (c !== '\r' && c !== '\n') {
      flush();
      emit(c);
    }
  }
  flush();
  return out.join('').replace(/[ \t]+\n/g, '\n').trim();
};

/** Extracts the text of an RTF document. */
export const extractRtf: Extractor = async (input) => [{ ...emptyDocument('rtf', input), text: parseRtf(input.buffer.toString('latin1')) }];
