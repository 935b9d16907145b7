import * as asn1js from 'asn1js';
import { PkiError, type PkiErrorCode } from './errors.js';

/**
 * Small DER helpers shared by the PKI modules. asn1js works on ArrayBuffers and our API on
 * Uint8Array; the conversions copy so that a view into a larger Buffer never leaks bytes around it.
 */

/** An exact ArrayBuffer copy of a view (asn1js and pkijs want ArrayBuffer). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

/** Parses one complete DER value. @throws PkiError(code) when the bytes are not a single valid value. */
export function parseDer(bytes: Uint8Array, code: PkiErrorCode): asn1js.AsnType {
  const parsed = asn1js.fromBER(toArrayBuffer(bytes));
  if (parsed.offset === -1 || parsed.offset !== bytes.byteLength) throw new PkiError(code, undefined, parsed.result.error);
  return parsed.result;
}

export function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new PkiError('PKI_KEY_INVALID', '十六进制数据格式不正确');
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

/** Left-pads a big-endian unsigned integer to `length` bytes (drops a DER sign byte if present). */
export function fixedWidth(bytes: Uint8Array, length: number): Uint8Array {
  let start = 0;
  while (bytes.byteLength - start > length && bytes[start] === 0) start += 1;
  const trimmed = bytes.subarray(start);
  if (trimmed.byteLength > length) throw new PkiError('PKI_KEY_INVALID');
  const out = new Uint8Array(length);
  out.set(trimmed, length - trimmed.byteLength);
  return out;
}
