/**
 * Decides whether a sample of bytes is plain text, and in which encoding. Chinese plain text in
 * court systems is UTF-8 or GB 18030 (GBK), and sometimes UTF-16 with a byte-order mark.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape. */
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/;

function decodes(encoding: string, bytes: Buffer, truncated: boolean): string | null {
  const decoder = new TextDecoder(encoding, { fatal: true });
  // A sample cut from a longer file may end inside a multi-byte character (up to 4 bytes).
  const tries = truncated ? 4 : 1;
  for (let cut = 0; cut < tries && cut < bytes.length; cut++) {
    try {
      return decoder.decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      // try one byte shorter
    }
  }
  return null;
}

/**
 * Returns the encoding when `sample` (the first bytes of a file) is plain text, else null.
 * @param truncated whether the file continues beyond the sample.
 */
export function sniffText(sample: Buffer, truncated: boolean): TextEncodingName | null {
  if (sample.length === 0) return null;
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return decodes('utf-8', sample.subarray(3), truncated) !== null ? 'utf-8' : null;
  }
  if (sample[0] === 0xff && sample[1] === 0xfe) return utf16('utf-16le', sample.subarray(2), truncated);
  if (sample[0] === 0xfe && sample[1] === 0xff) return utf16('utf-16be', sample.subarray(2), truncated);
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = decodes(encoding, sample, truncated);
    if (text !== null && !BINARY_CONTROL.test(text)) return encoding;
  }
  return null;
}

function utf16(encoding: 'utf-16le' | 'utf-16be', body: Buffer, truncated: boolean): TextEncodingName | null {
  const even = body.subarray(0, body.length - (body.length % 2));
  const text = decodes(encoding, even, truncated);
  return text !== null && !BINARY_CONTROL.test(text) ? encoding : null;
}
