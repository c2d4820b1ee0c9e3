/** Methodology and limitations, scan errors, and the signature block. */
import { methodology } from '../../data/methodology.js';
import type { Report } from '../../schema.js';
import type { Block, RenderOptions } from '../blocks.js';
import { when } from '../labels.js';
import { matrixBlock } from './register.js';

/** Methodology, limitations and sources. */
export const methodologyBlocks = (report: Report): Block[] => [
  { kind: 'heading', level: 1, text: 'Methodology and limitations', id: 'methodology' },
  { kind: 'list', items: [...methodology.how] },
  { kind: 'heading', level: 2, text: 'Risk matrix (likelihood x impact)' },
  matrixBlock(),
  { kind: 'heading', level: 2, text: 'What a scan cannot see' },
  { kind: 'list', items: [...methodology.limits] },
  ...(report.errors.length > 0 ? [{ kind: 'paragraph', small: true, text: `${report.errors.length} error(s) during the scan: ${report.errors.slice(0, 5).map((e) => `${e.checkId ?? e.kind}: ${e.message}`).join('; ')}${report.errors.length > 5 ? '; the rest are in report.json' : ''}.` } as Block] : []),
  { kind: 'heading', level: 2, text: 'Sources' },
  { kind: 'list', items: [...methodology.sources] },
];

/** The signature block: the digital signature and lines for people to sign. */
export const signatureBlocks = (report: Report, opts: RenderOptions): Block[] => [
  { kind: 'heading', level: 1, text: 'Signatures', id: 'signature' },
  opts.signer
    ? { kind: 'kv', pairs: [['Digitally signed by', opts.signer.subject], ['Certificate SHA-256', opts.signer.fingerprint], ['Signed file', 'report.json (signature in report.json.p7s)'], ['Check it', 'practice-audit verify report.json   or   openssl cms -verify -binary -inform DER -in report.json.p7s -content report.json -noverify']] }
    : { kind: 'paragraph', text: 'This copy is not digitally signed.', tone: 'warn' },
  { kind: 'paragraph', text: `Scan of ${report.device.hostname} finished ${when(report.device.scanFinishedAt)}. Any attested answers are the responsibility of the person named with them.` },
  { kind: 'kv', pairs: [['Reviewed by (name, role)', '________________________________'], ['Signature and date', '________________________________'], ['Security official', '________________________________']] },
];
