import { createPrivateKey, X509Certificate, type KeyObject } from "node:crypto";
import { createSecureContext } from "node:tls";
import { InvalidOptionError } from "../errors/invalid-option-error.js";

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/g;

/** Refuses, naming the option, a `cert` that is not a PEM certificate or a `key` that is not its. */
export function checkCertificatePair(cert: string, key: string): void {
  const [first] = certificates(cert);
  if (first === undefined) {
    throw new InvalidOptionError(
      "https.cert is not a PEM certificate (-----BEGIN CERTIFICATE-----).",
    );
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new InvalidOptionError("https.key is not a PEM private key.");
  }
  if (!first.checkPrivateKey(privateKey)) {
    throw new InvalidOptionError("https.key is not the private key of https.cert.");
  }
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    // What OpenSSL's security level refuses, e.g. an RSA key under 2048 bits.
    throw new InvalidOptionError(`https.cert: refused by TLS: ${(error as Error).message}`);
  }
}

/**
 * The CA to hand to clients for a given certificate: the last of the chain if it signed itself
 * (a self-signed certificate alone included), otherwise none, since trusting a certificate that
 * another CA issued does not make Node accept it.
 */
export function selfSignedRoot(cert: string): string | undefined {
  const all = certificates(cert);
  const last = all.at(-1);
  if (last === undefined || !last.checkIssued(last) || !last.verify(last.publicKey))
    return undefined;
  return last.toString();
}

function certificates(pem: string): X509Certificate[] {
  const found: X509Certificate[] = [];
  for (const block of pem.match(PEM_CERTIFICATE) ?? []) {
    try {
      found.push(new X509Certificate(block));
    } catch {
      throw new InvalidOptionError("https.cert holds a PEM block that is not a valid certificate.");
    }
  }
  return found;
}
