/**
 * PEM (RFC 7468) encoding. Labels used here: CERTIFICATE, PUBLIC KEY, PRIVATE KEY (PKCS#8),
 * EC PRIVATE KEY (SEC1), CMS.
 */

/** DER → PEM with 64-character lines, as OpenSSL writes it. */
export function toPem(der: Uint8Array, label: string): string {
  const b64 = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Every PEM block with the given label, in order (a chain file holds several CERTIFICATE blocks). */
export function fromPemAll(pem: string, label: string): Uint8Array[] {
  const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  return [...pem.matchAll(re)].map((m) => new Uint8Array(Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64')));
}

/** The first PEM block with the label, or null. */
export function fromPem(pem: string, label: string): Uint8Array | null {
  return fromPemAll(pem, label)[0] ?? null;
}
