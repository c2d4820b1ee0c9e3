/** Outlook .msg bodies kept only as HTML or compressed RTF, and MHTML web archives (.mht). */
import { describe, expect, it } from 'vitest';
import CFB from 'cfb';
import { extractBuffer } from '../../checks/patient-records/extract/index.js';
import { decompressRtf } from '../../checks/patient-records/extract/msg-body.js';
import { inspectDocument } from '../../checks/patient-records/detect/index.js';

const opts = { maxBytes: 8 << 20, timeoutMs: 20_000 };
const bytes = (buffer: Buffer, name: string) =>
  extractBuffer({ buffer, name, size: buffer.length, member: undefined, capped: false, depth: 0, deadline: Date.now() + 20_000, budget: { bytes: 8 << 20 }, options: opts });
const NOTE = 'Patient: Hollis Brannigan, DOB 08/04/1961, MRN 50311. Diagnosis: chronic obstructive pulmonary disease; continue tiotropium.';

/** A .msg with a subject and one body property stream. */
const msg = (prop: string, body: Buffer): Buffer => {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/__substg1.0_0037001F', Buffer.from('Follow-up\0', 'utf16le'));
  CFB.utils.cfb_add(cfb, `/__substg1.0_${prop}`, body);
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Buffer);
};
/** PR_RTF_COMPRESSED in its uncompressed ("MELA") form: header, then the RTF bytes. */
const mela = (rtf: string): Buffer => {
  const raw = Buffer.from(rtf, 'latin1');
  const head = Buffer.alloc(16);
  head.writeUInt32LE(raw.length + 12, 0);
  head.writeUInt32LE(raw.length, 4);
  head.writeUInt32LE(0x414c454d, 8);
  return Buffer.concat([head, raw]);
};

describe('.msg bodies without a plain-text property', () => {
  it('decompresses LZFu (the [MS-OXRTFCP] 3.1.1 example)', () => {
    const lzfu = Buffer.from('2d0000002b0000004c5a4675f1c5c7a703000a00726370673132354232 0af32068656c090020627705b06c647d0a800fa0'.replace(/\s/g, ''), 'hex');
    expect(decompressRtf(lzfu)?.toString('latin1')).toBe('{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n');
    expect(decompressRtf(Buffer.from('not compressed rtf at all'))).toBeNull();
  });

  it.each([
    ['HTML body (PR_HTML)', '10130102', Buffer.from(`<html><body><p>${NOTE.replace('Hollis', '<b>Hol</b>lis')}</p></body></html>`)],
    ['compressed RTF body (PR_RTF_COMPRESSED)', '10090102', mela(`{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 ${NOTE}\\par}`)],
  ])('reads the %s', async (_n, prop, body) => {
    const [doc] = await bytes(msg(prop, body), 'follow-up.msg');
    expect(doc?.format).toBe('msg');
    expect(doc?.text).toContain(NOTE);
    expect(inspectDocument(doc!).category).toBe('phi');
  });
});

describe('MHTML web archives', () => {
  it('reads a .mht saved page (quoted-printable HTML) as a MIME message', async () => {
    const qp = `<html><body><p>${NOTE.replace(/=/g, '=3D')}</p></body></html>`.replace(/(.{70})/g, '$1=\r\n');
    const mht = [
      'From: <Saved by Microsoft Word>',
      'Subject: Visit summary',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_NextPart_01DA"',
      '',
      '------=_NextPart_01DA',
      'Content-Location: file:///C:/summary.htm',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Type: text/html; charset="us-ascii"',
      '',
      qp,
      '------=_NextPart_01DA--',
      '',
    ].join('\r\n');
    const [doc] = await bytes(Buffer.from(mht), 'visit summary.mht');
    expect(doc?.format).toBe('eml');
    expect(doc?.text).toContain(NOTE);
    expect(inspectDocument(doc!).category).toBe('phi');
  });
});
