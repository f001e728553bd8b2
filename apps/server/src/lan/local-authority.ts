/**
 * A small certificate authority of this installation's own, for `hipcheck serve --lan` (decision 0392). Its key
 * stays in the data folder (`lan-ca/`, readable by the server's user only) and is reused at every start, so a
 * phone that trusted it once keeps trusting the server; the server's certificate is signed by it and issued again
 * when the machine's addresses change or its end comes near.
 *
 * What phones require of a certificate they are told to trust (Apple, "Requirements for trusted certificates in
 * iOS 13 and macOS 10.15", support.apple.com/103769): RSA keys of 2048 bits at least, SHA-256 signatures, the
 * names in the Subject Alternative Name extension, the serverAuth extended key usage, and at most 825 days of
 * validity (398 here, which every browser accepts).
 */
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isIP } from "node:net";
import forge from "node-forge";

export type LocalAuthority = {
  /** The authority's certificate, which a phone installs and trusts (PEM and DER). */
  readonly caCertPem: string;
  readonly caCertDer: Uint8Array;
  /** SHA-256 of the authority's certificate, `AB:CD:…`, to compare with what the phone shows. */
  readonly caFingerprintSha256: string;
  /** The server's own key and certificate (chain: server, then authority) for the HTTPS listener. */
  readonly serverKeyPem: string;
  readonly serverCertPem: string;
  /** Whether this start created the authority (the first `--lan`) or found it in the data folder. */
  readonly created: boolean;
};

export const LOCAL_AUTHORITY_FOLDER = "lan-ca";
const CA_CERT = "ca.crt";
const CA_KEY = "ca.key";
const SERVER_CERT = "server.crt";
const SERVER_KEY = "server.key";

const DAY_MS = 86_400_000;
/** The authority lasts ten years: trusting it again on every phone is the chore this avoids. */
const CA_VALIDITY_DAYS = 3_650;
/** Under Apple's 825 days and the 398 days browsers accept from any authority. */
const SERVER_VALIDITY_DAYS = 397;
/** The server's certificate is issued again when fewer days than this remain. */
const RENEW_BEFORE_DAYS = 30;

function newKeyPair(): { readonly privateKeyPem: string; readonly publicKey: forge.pki.PublicKey } {
  // Node's native generator: node-forge's own RSA key generation in JavaScript takes seconds.
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const forgeKey = forge.pki.privateKeyFromPem(privateKey);
  return {
    privateKeyPem: privateKey,
    publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e),
  };
}

/** A positive serial of 16 random bytes (RFC 5280 §4.1.2.2: unique per authority, at most 20 bytes). */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString("hex");
}

function writePrivate(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}

function createAuthority(folder: string, now: Date): void {
  const keys = newKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = randomSerial();
  cert.validity.notBefore = new Date(now.getTime() - DAY_MS);
  cert.validity.notAfter = new Date(now.getTime() + CA_VALIDITY_DAYS * DAY_MS);
  const subject = [
    { name: "commonName", value: `HipCheck local authority ${randomBytes(3).toString("hex")}` },
    { name: "organizationName", value: "HipCheck (this installation only)" },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    // pathLenConstraint 0: it signs this server's certificates and can create no other authority.
    { name: "basicConstraints", cA: true, pathLenConstraint: 0, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(keys.privateKeyPem), forge.md.sha256.create());
  writePrivate(join(folder, CA_KEY), keys.privateKeyPem);
  writeFileSync(join(folder, CA_CERT), forge.pki.certificateToPem(cert));
}

function altNamesOf(cert: forge.pki.Certificate): string[] {
  const extension = cert.getExtension("subjectAltName") as
    { altNames?: { type: number; value?: string; ip?: string }[] } | undefined;
  return (extension?.altNames ?? []).map((name) => name.ip ?? name.value ?? "").sort();
}

function issueServerCertificate(
  folder: string,
  ca: forge.pki.Certificate,
  caKey: forge.pki.rsa.PrivateKey,
  names: readonly string[],
  now: Date,
): void {
  const keys = newKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = randomSerial();
  cert.validity.notBefore = new Date(now.getTime() - DAY_MS);
  cert.validity.notAfter = new Date(now.getTime() + SERVER_VALIDITY_DAYS * DAY_MS);
  cert.setSubject([{ name: "commonName", value: names[0] ?? "localhost" }]);
  cert.setIssuer(ca.subject.attributes);
  cert.setExtensions([
    { name: "basicConstraints", cA: false, critical: true },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
    { name: "extKeyUsage", serverAuth: true },
    {
      name: "subjectAltName",
      // 7: an IP address, 2: a DNS name (RFC 5280 §4.2.1.6).
      altNames: names.map((name) => (isIP(name) !== 0 ? { type: 7, ip: name } : { type: 2, value: name })),
    },
    { name: "subjectKeyIdentifier" },
    { name: "authorityKeyIdentifier", keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  writePrivate(join(folder, SERVER_KEY), keys.privateKeyPem);
  writeFileSync(join(folder, SERVER_CERT), forge.pki.certificateToPem(cert));
}

/** Whether the kept server certificate still fits: the same names, signed by this authority, not near its end. */
function serverCertificateFits(
  folder: string,
  ca: forge.pki.Certificate,
  names: readonly string[],
  now: Date,
): boolean {
  if (!existsSync(join(folder, SERVER_CERT)) || !existsSync(join(folder, SERVER_KEY))) return false;
  const cert = forge.pki.certificateFromPem(readFileSync(join(folder, SERVER_CERT), "utf8"));
  const wanted = [...names].sort();
  const kept = altNamesOf(cert);
  return (
    ca.verify(cert) &&
    cert.validity.notAfter.getTime() - now.getTime() > RENEW_BEFORE_DAYS * DAY_MS &&
    kept.length === wanted.length &&
    kept.every((name, index) => name === wanted[index])
  );
}

/**
 * The authority kept in `dataDir/lan-ca/` (created on first use) and a server certificate for `names` (IP
 * addresses and host names) signed by it.
 */
export function loadOrCreateLocalAuthority(
  dataDir: string,
  names: readonly string[],
  now: Date,
): LocalAuthority {
  const folder = join(dataDir, LOCAL_AUTHORITY_FOLDER);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const created = !existsSync(join(folder, CA_CERT)) || !existsSync(join(folder, CA_KEY));
  if (created) createAuthority(folder, now);
  const caCertPem = readFileSync(join(folder, CA_CERT), "utf8");
  const ca = forge.pki.certificateFromPem(caCertPem);
  if (!serverCertificateFits(folder, ca, names, now)) {
    const caKey = forge.pki.privateKeyFromPem(readFileSync(join(folder, CA_KEY), "utf8"));
    issueServerCertificate(folder, ca, caKey, names, now);
  }
  const caCertDer = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(ca)).getBytes(), "binary");
  const fingerprint = createHash("sha256").update(caCertDer).digest("hex").toUpperCase();
  return {
    caCertPem,
    caCertDer: new Uint8Array(caCertDer),
    caFingerprintSha256: fingerprint.match(/../g)?.join(":") ?? fingerprint,
    serverKeyPem: readFileSync(join(folder, SERVER_KEY), "utf8"),
    serverCertPem: `${readFileSync(join(folder, SERVER_CERT), "utf8")}${caCertPem}`,
    created,
  };
}
