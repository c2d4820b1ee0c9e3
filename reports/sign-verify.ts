/** Verifies a detached CMS signature over report.json bytes (pure; node-forge only). */
import forge from 'node-forge';
import { certificateFingerprint } from './sign.js';
import type { VerifyResult } from './sign.js';

const { asn1 } = forge;
const OID = { messageDigest: '1.2.840.113549.1.9.4', signingTime: '1.2.840.113549.1.9.5', sha256: '2.16.840.1.101.3.4.2.1' };

const fail = (reason: string, fingerprint = '', subject = ''): VerifyResult => ({ ok: false, fingerprint, subject, reason });

type Attr = { oid: string; value: forge.asn1.Asn1 | undefined };

const readAttrs = (set: forge.asn1.Asn1): Attr[] =>
  (set.value as forge.asn1.Asn1[]).map((a) => {
    const [oid, values] = a.value as forge.asn1.Asn1[];
    return { oid: asn1.derToOid(oid!.value as string), value: (values?.value as forge.asn1.Asn1[] | undefined)?.[0] };
  });

const readTime = (node: forge.asn1.Asn1 | undefined): string | undefined => {
  if (!node) return undefined;
  const d = node.type === asn1.Type.UTCTIME ? asn1.utcTimeToDate(node.value as string) : asn1.generalizedTimeToDate(node.value as string);
  return d.toISOString();
};

/** Checks `p7s` against the exact report bytes: digest, signature and the embedded certificate. */
export const verifyReportSignature = (bytes: Uint8Array, p7s: Uint8Array): VerifyResult => {
  let msg: forge.pkcs7.PkcsSignedData;
  try {
    msg = forge.pkcs7.messageFromAsn1(asn1.fromDer(forge.util.createBuffer(Buffer.from(p7s).toString('binary')))) as forge.pkcs7.PkcsSignedData;
  } catch (err) {
    return fail(`not a PKCS#7/CMS signature: ${err instanceof Error ? err.message : String(err)}`);
  }
  const cert = msg.certificates[0];
  if (!cert) return fail('the signature carries no certificate');
  const fingerprint = certificateFingerprint(cert);
  const subject = cert.subject.attributes.map((a) => `${a.shortName ?? a.name}=${String(a.value)}`).join(', ');
  const raw = (msg as unknown as { rawCapture: { signerInfos?: forge.asn1.Asn1[] } }).rawCapture;
  const signer = raw.signerInfos?.[0];
  if (!signer) return fail('the signature has no signer', fingerprint, subject);
  const parts = signer.value as forge.asn1.Asn1[];
  const attrsNode = parts.find((p) => p.tagClass === asn1.Class.CONTEXT_SPECIFIC && p.type === 0);
  const sigNode = parts.find((p) => p.tagClass === asn1.Class.UNIVERSAL && p.type === asn1.Type.OCTETSTRING);
  const digestAlg = parts[2] ? asn1.derToOid((parts[2].value as forge.asn1.Asn1[])[0]!.value as string) : '';
  if (!attrsNode || !sigNode) return fail('the signer has no signed attributes', fingerprint, subject);
  if (digestAlg !== OID.sha256) return fail(`unsupported digest algorithm ${digestAlg}`, fingerprint, subject);

  const attrs = readAttrs(attrsNode);
  const md = forge.md.sha256.create();
  md.update(Buffer.from(bytes).toString('binary'));
  const digest = attrs.find((a) => a.oid === OID.messageDigest)?.value?.value;
  if (digest !== md.digest().getBytes()) return fail('report.json does not match the signature (its contents changed after signing)', fingerprint, subject);

  // The signature covers the DER of the signed attributes re-tagged as a SET (RFC 5652 5.4).
  const set = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attrsNode.value as forge.asn1.Asn1[]);
  const attrMd = forge.md.sha256.create();
  attrMd.update(asn1.toDer(set).getBytes());
  let valid = false;
  try {
    valid = (cert.publicKey as forge.pki.rsa.PublicKey).verify(attrMd.digest().getBytes(), sigNode.value as string);
  } catch {
    valid = false;
  }
  if (!valid) return fail('the signature is not valid for the embedded certificate', fingerprint, subject);
  const signedAt = readTime(attrs.find((a) => a.oid === OID.signingTime)?.value);
  return { ok: true, fingerprint, subject, ...(signedAt ? { signedAt } : {}) };
};
