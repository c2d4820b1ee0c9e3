/**
 * Signing: a self-signed X.509 identity kept in the app's data folder, and a detached CMS
 * (PKCS#7) signature over the exact bytes of report.json, checkable with `openssl cms -verify`.
 */
import { generateKeyPairSync, createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';

/** A signing key and its certificate (PEM), with the certificate's SHA-256 fingerprint and subject. */
export type SigningIdentity = { keyPem: string; certPem: string; fingerprint: string; subject: string };

/** What `verifyReportSignature` concludes. */
export type VerifyResult = { ok: boolean; fingerprint: string; subject: string; signedAt?: string; reason?: string };

/** The app's per-user data folder (PRACTICE_AUDIT_HOME overrides it, for tests and portable use). */
export const defaultDataDir = (platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string => {
  if (env.PRACTICE_AUDIT_HOME) return env.PRACTICE_AUDIT_HOME;
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'PracticeAudit');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'PracticeAudit');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'practice-audit');
};

const derOf = (cert: forge.pki.Certificate): string => forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();

/** SHA-256 of the certificate's DER, as colon-separated upper-case hex (what `openssl x509 -fingerprint -sha256` prints). */
export const certificateFingerprint = (cert: forge.pki.Certificate): string =>
  createHash('sha256')
    .update(Buffer.from(derOf(cert), 'binary'))
    .digest('hex')
    .toUpperCase()
    .match(/../g)!
    .join(':');

const subjectOf = (cert: forge.pki.Certificate): string => cert.subject.attributes.map((a) => `${a.shortName ?? a.name}=${String(a.value)}`).join(', ');

/** Builds an identity from PEM key and certificate (checks that they belong together). */
export const identityFromPem = (keyPem: string, certPem: string): SigningIdentity => {
  const key = forge.pki.privateKeyFromPem(keyPem);
  const cert = forge.pki.certificateFromPem(certPem);
  const pub = cert.publicKey as forge.pki.rsa.PublicKey;
  if (pub.n.compareTo(key.n) !== 0) throw new Error('the signing key does not match the certificate');
  return { keyPem, certPem, fingerprint: certificateFingerprint(cert), subject: subjectOf(cert) };
};

/** Creates a new RSA-3072 key and a 10-year self-signed certificate naming this computer. */
export const createSigningIdentity = (commonName = `Practice Audit report signer (${os.hostname()})`, now = new Date()): SigningIdentity => {
  // node:crypto generates the key far faster than forge's pure-JS generator.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const keyPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 24 * 3600 * 1000);
  const attrs = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'Practice Audit' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return identityFromPem(keyPem, forge.pki.certificateToPem(cert));
};

/** Loads `signing-key.pem` and `signing-cert.pem` from `dir`, creating them on first use. */
export const loadOrCreateSigningIdentity = async (dir: string): Promise<SigningIdentity> => {
  const keyFile = path.join(dir, 'signing-key.pem');
  const certFile = path.join(dir, 'signing-cert.pem');
  try {
    return identityFromPem(await readFile(keyFile, 'utf8'), await readFile(certFile, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const identity = createSigningIdentity();
  await mkdir(dir, { recursive: true });
  await writeFile(keyFile, identity.keyPem, { mode: 0o600 });
  await writeFile(certFile, identity.certPem);
  return identity;
};

/** Loads an identity from PEM files given on the command line (`--key`, `--cert`). */
export const loadSigningIdentity = async (keyFile: string, certFile: string): Promise<SigningIdentity> =>
  identityFromPem(await readFile(keyFile, 'utf8'), await readFile(certFile, 'utf8'));

/** Signs the exact bytes; returns a detached CMS SignedData in DER (report.json.p7s). */
export const signReport = (bytes: Uint8Array, identity: SigningIdentity, signedAt = new Date()): Buffer => {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(Buffer.from(bytes).toString('binary'));
  const cert = forge.pki.certificateFromPem(identity.certPem);
  p7.addCertificate(cert);
  p7.addSigner({
    key: forge.pki.privateKeyFromPem(identity.keyPem),
    certificate: cert,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data! },
      { type: forge.pki.oids.messageDigest! },
      { type: forge.pki.oids.signingTime!, value: signedAt as unknown as string },
    ],
  });
  p7.sign({ detached: true });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
};

export { verifyReportSignature } from './sign-verify.js';
