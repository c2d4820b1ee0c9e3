/** E-mail: .eml messages and mbox mailboxes (postal-mime); headers and bodies as text, attachments extracted as members. */
import type PostalMime from 'postal-mime';
import type { ExtractedDocument } from '../extracted.js';
import { decodeText } from './decode-text.js';
import { htmlText } from './html.js';
import { emptyDocument, memberInput, type ExtractInput, type Extractor } from './types.js';

type Email = Awaited<ReturnType<typeof PostalMime.parse>>;
type Address = NonNullable<Email['from']>;
type Mailbox = { name?: string; address?: string };

/** Messages read from one mailbox at most. */
const MAX_MESSAGES = 20_000;

const addresses = (list: Address[] | undefined): string =>
  (list ?? []).flatMap((a) => ('group' in a && a.group ? (a.group as Mailbox[]) : [a as Mailbox])).map((m: Mailbox) => `${m.name ?? ''} <${m.address ?? ''}>`).join(', ');

let postalMime: Promise<typeof PostalMime> | null = null;

/**
 * Loads postal-mime on the first message only: every `import()` goes through the module loader
 * (a round trip to the loader thread where hooks were registered), which costs more than a small message.
 */
const loadParser = (): Promise<typeof PostalMime> => (postalMime ??= import('postal-mime').then((m) => m.default));

/** Parses one message: its text plus its attachments' documents. */
const parseMessage = async (raw: Buffer, input: ExtractInput, index: number | null): Promise<{ text: string; attachments: ExtractedDocument[] }> => {
  const Parser = await loadParser();
  const email = await Parser.parse(raw, { maxNestingDepth: 20, maxHeadersSize: 1024 * 1024 });
  const head = [`From: ${addresses(email.from ? [email.from] : [])}`, `To: ${addresses(email.to)}`, `Cc: ${addresses(email.cc)}`, `Subject: ${email.subject ?? ''}`, `Date: ${email.date ?? ''}`];
  const body = email.text ?? (email.html ? htmlText(email.html) : '');
  const attachments: ExtractedDocument[] = [];
  for (const [i, att] of email.attachments.entries()) {
    const content = typeof att.content === 'string' ? Buffer.from(att.content, 'utf8') : Buffer.from(att.content as ArrayBuffer);
    const name = `${index === null ? '' : `message-${index + 1}/`}${att.filename ?? `attachment-${i + 1}`}`;
    if (input.depth + 1 > (input.options.maxDepth ?? 3) || content.length > input.budget.bytes) {
      attachments.push({ ...emptyDocument('unknown', memberInput(input, name, Buffer.alloc(0), false)), note: 'attachment beyond nesting or size limits: not inspected' });
      continue;
    }
    input.budget.bytes -= content.length;
    attachments.push(...(await input.recurse(memberInput(input, name, content, false))));
  }
  return { text: `${head.join('\n')}\n\n${body}`, attachments };
};

/** Extracts one .eml message. */
export const extractEml: Extractor = async (input) => {
  const { text, attachments } = await parseMessage(input.buffer, input, null);
  return [{ ...emptyDocument('eml', input), text }, ...attachments];
};

/** Splits an mbox into raw messages at `From ` separator lines (pure). */
export const splitMbox = (text: string): string[] =>
  text
    .split(/^From [^\n]*\n/m)
    .filter((m) => m.trim())
    .slice(0, MAX_MESSAGES);

/** Extracts an mbox mailbox: all messages' text in one document, attachments as members. */
export const extractMbox: Extractor = async (input) => {
  const texts: string[] = [];
  const docs: ExtractedDocument[] = [];
  let capped = input.capped;
  for (const [i, raw] of splitMbox(decodeText(input.buffer)).entries()) {
    if (Date.now() > input.deadline) {
      capped = true;
      break;
    }
    // mbox escapes body lines starting with "From " as ">From ".
    const parsed = await parseMessage(Buffer.from(raw.replace(/^>(>*From )/gm, '$1'), 'utf8'), input, i);
    texts.push(parsed.text);
    docs.push(...parsed.attachments);
  }
  return [{ ...emptyDocument('mbox', input), text: texts.join('\n\n'), capped }, ...docs];
};
