import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import {
  bitString,
  boolean,
  explicit,
  implicit,
  namedBits,
  objectIdentifier,
  octetString,
  pem,
  sequence,
  set,
  smallInteger,
  time,
  unsignedInteger,
  utf8String,
} from "./der.js";

/** What the emulator serves with, and what a client must trust to accept it. */
export interface DevelopmentCertificate {
  /** PEM of the server certificate, for 127.0.0.1, ::1 and localhost. */
  readonly cert: string;
  /** PEM (PKCS #8) of its private key. */
  readonly key: string;
  /** PEM of the CA certificate that signed it: the one to trust. */
  readonly ca: string;
}

const OID = {
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  commonName: "2.5.4.3",
  organization: "2.5.4.10",
  subjectKeyIdentifier: "2.5.29.14",
  keyUsage: "2.5.29.15",
  subjectAltName: "2.5.29.17",
  basicConstraints: "2.5.29.19",
  authorityKeyIdentifier: "2.5.29.35",
  extKeyUsage: "2.5.29.37",
  serverAuth: "1.3.6.1.5.5.7.3.1",
};
const KEY_USAGE = { digitalSignature: 0x80, keyCertSign: 0x04, cRLSign: 0x02 };
const DAY_MS = 24 * 60 * 60 * 1000;
const ORGANIZATION = "maps-operations-emulator (development only)";

/**
 * A fresh CA and a server certificate it signs, both ECDSA P-256 (a millisecond to make), valid
 * from an hour ago (clock skew) for 397 days (the longest any TLS client accepts). Two
 * certificates rather than one self-signed: strict verifiers (rustls, used by Deno and others)
 * refuse a CA certificate as a server's. The CA's private key is dropped on return, never
 * written anywhere: trusting this CA trusts this one server certificate and nothing else.
 * Uses the real clock, not the emulator's `now`, which tests may set in the past.
 */
export function createDevelopmentCertificate(now = new Date()): DevelopmentCertificate {
  const notBefore = new Date(now.getTime() - 60 * 60 * 1000);
  const notAfter = new Date(now.getTime() + 397 * DAY_MS);
  const caKeys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const serverKeys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const caName = name(`${ORGANIZATION} CA`);
  const caKeyId = keyIdentifier(caKeys.publicKey);

  const ca = certificate({
    issuer: caName,
    subject: caName,
    subjectKey: caKeys.publicKey,
    signingKey: caKeys.privateKey,
    notBefore,
    notAfter,
    extensions: [
      extension(OID.basicConstraints, true, sequence(boolean(true), smallInteger(0))),
      extension(OID.keyUsage, true, namedBits(KEY_USAGE.keyCertSign | KEY_USAGE.cRLSign)),
      extension(OID.subjectKeyIdentifier, false, octetString(caKeyId)),
    ],
  });
  const server = certificate({
    issuer: caName,
    subject: name("localhost"),
    subjectKey: serverKeys.publicKey,
    signingKey: caKeys.privateKey,
    notBefore,
    notAfter,
    extensions: [
      extension(OID.basicConstraints, true, sequence()),
      extension(OID.keyUsage, true, namedBits(KEY_USAGE.digitalSignature)),
      extension(OID.extKeyUsage, false, sequence(objectIdentifier(OID.serverAuth))),
      extension(
        OID.subjectAltName,
        false,
        sequence(
          implicit(2, Buffer.from("localhost", "ascii")), // dNSName
          implicit(7, Buffer.from([127, 0, 0, 1])), // iPAddress
          implicit(7, Buffer.from([...Array<number>(15).fill(0), 1])), // ::1
        ),
      ),
      extension(OID.subjectKeyIdentifier, false, octetString(keyIdentifier(serverKeys.publicKey))),
      extension(OID.authorityKeyIdentifier, false, sequence(implicit(0, caKeyId))),
    ],
  });
  return {
    cert: pem("CERTIFICATE", server),
    key: serverKeys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    ca: pem("CERTIFICATE", ca),
  };
}

interface CertificateFields {
  issuer: Buffer;
  subject: Buffer;
  subjectKey: KeyObject;
  signingKey: KeyObject;
  notBefore: Date;
  notAfter: Date;
  extensions: Buffer[];
}

/** RFC 5280 §4.1: a v3 certificate signed with ECDSA over SHA-256. */
function certificate(fields: CertificateFields): Buffer {
  const algorithm = sequence(objectIdentifier(OID.ecdsaWithSha256));
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x40; // positive, and never shortened to fewer bytes
  const tbs = sequence(
    explicit(0, smallInteger(2)), // v3
    unsignedInteger(serial),
    algorithm,
    fields.issuer,
    sequence(time(fields.notBefore), time(fields.notAfter)),
    fields.subject,
    fields.subjectKey.export({ type: "spki", format: "der" }),
    explicit(3, sequence(...fields.extensions)),
  );
  // For an EC key node:crypto signs in DER (ECDSA-Sig-Value), which is what X.509 carries.
  return sequence(tbs, algorithm, bitString(sign("sha256", tbs, fields.signingKey)));
}

function name(commonName: string): Buffer {
  const attribute = (oid: string, value: string) =>
    set(sequence(objectIdentifier(oid), utf8String(value)));
  return sequence(attribute(OID.organization, ORGANIZATION), attribute(OID.commonName, commonName));
}

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return sequence(objectIdentifier(oid), ...(critical ? [boolean(true)] : []), octetString(value));
}

/** RFC 7093 §2 method 1: the leftmost 160 bits of the SHA-256 of the public key info. */
function keyIdentifier(publicKey: KeyObject): Buffer {
  const spki = publicKey.export({ type: "spki", format: "der" });
  return createHash("sha256").update(spki).digest().subarray(0, 20);
}
