import { unescapeXml } from './xml-text.js';

/**
 * A minimal streaming XML tokenizer over bytes, written for EEP packages that can be several GB
 * (fast-xml-parser needs the whole document as one string, which V8 caps at ~512 MB, and holds
 * the tree in memory). It works on raw UTF-8 bytes — every markup character is ASCII and never
 * occurs inside a multi-byte sequence — so each event carries exact byte offsets, which is what
 * lets the reader re-extract the signed 被签名对象 bytes.
 *
 * Supported: elements, attributes, character data (raw bytes, entities left to the consumer),
 * CDATA (streamed too — vendor EEPs wrap every value in CDATA), comments, processing instructions.
 * Refused: DOCTYPE (no DTD means no entity expansion attacks, and EEP has no DTD). Not checked:
 * well-formedness beyond tag nesting (names and attribute syntax are checked loosely).
 */
export type XmlEvent =
  | { kind: 'start'; name: string; attributes: Record<string, string>; start: number; end: number; selfClosing: boolean }
  | { kind: 'end'; name: string; start: number; end: number }
  /** A piece of character data; `cdata` pieces need no entity decoding. One text node may come in many pieces. */
  | { kind: 'text'; bytes: Buffer; cdata: boolean };

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message}（字节偏移 ${offset}）`);
    this.name = 'XmlSyntaxError';
  }
}

const LT = 0x3c;
const GT = 0x3e;
const CDATA_OPEN = Buffer.from('<![CDATA[');
const CDATA_CLOSE = Buffer.from(']]>');

export class XmlScanner {
  private buf: Buffer = Buffer.alloc(0);
  /** Absolute offset of buf[0]. */
  private base = 0;
  private inCdata = false;
  private readonly stack: string[] = [];
  private sawRoot = false;

  constructor(private readonly emit: (event: XmlEvent) => void) {}

  /** @throws XmlSyntaxError */
  push(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    let pos = 0;
    for (;;) {
      if (this.inCdata) {
        const close = this.buf.indexOf(CDATA_CLOSE, pos);
        if (close < 0) {
          // Keep two bytes back: they may be the start of "]]>".
          const safe = Math.max(pos, this.buf.length - 2);
          if (safe > pos) this.text(this.buf.subarray(pos, safe), true);
          pos = safe;
          break;
        }
        if (close > pos) this.text(this.buf.subarray(pos, close), true);
        pos = close + 3;
        this.inCdata = false;
        continue;
      }
      const lt = this.buf.indexOf(LT, pos);
      if (lt < 0) {
        if (pos < this.buf.length) this.text(this.buf.subarray(pos), false);
        pos = this.buf.length;
        break;
      }
      if (lt > pos) this.text(this.buf.subarray(pos, lt), false);
      pos = lt;
      const consumed = this.markup(pos);
      if (consumed < 0) break; // incomplete: wait for more bytes
      pos = consumed;
    }
    this.base += pos;
    this.buf = Buffer.from(this.buf.subarray(pos)); // copy so the big chunk can be freed
  }

  /** @throws XmlSyntaxError when the document is truncated or elements are left open. */
  end(): void {
    if (this.inCdata || this.buf.length > 0) throw new XmlSyntaxError('文档在标记中途结束', this.base);
    if (!this.sawRoot) throw new XmlSyntaxError('没有根元素', this.base);
    if (this.stack.length > 0) throw new XmlSyntaxError(`元素 ${this.stack.at(-1)} 未闭合`, this.base);
  }

  private text(bytes: Buffer, cdata: boolean): void {
    if (this.stack.length === 0) {
      if (cdata || /[^ \t\r\n]/.test(bytes.toString('latin1'))) throw new XmlSyntaxError('根元素之外有文本', this.base);
      return;
    }
    this.emit({ kind: 'text', bytes, cdata });
  }

  /** Handles the markup starting at `pos` ('<'); returns the position after it, or -1 if incomplete. */
  private markup(pos: number): number {
    const b = this.buf;
    const at = this.base + pos;
    if (b.length - pos < 2) return -1;
    const next = b[pos + 1];
    if (next === 0x21 /* ! */) {
      if (b.length - pos < 9) return -1;
      if (b.subarray(pos, pos + 9).equals(CDATA_OPEN)) {
        if (this.stack.length === 0) throw new XmlSyntaxError('根元素之外有 CDATA', at);
        this.inCdata = true;
        return pos + 9;
      }
      if (b[pos + 2] === 0x2d && b[pos + 3] === 0x2d) {
        const close = b.indexOf('-->', pos + 4);
        return close < 0 ? -1 : close + 3;
      }
      throw new XmlSyntaxError('不支持 DOCTYPE 或其他声明', at);
    }
    if (next === 0x3f /* ? */) {
      const close = b.indexOf('?>', pos + 2);
      return close < 0 ? -1 : close + 2;
    }
    const close = tagEnd(b, pos + 1);
    if (close < 0) return -1;
    const raw = b.subarray(pos, close + 1).toString('utf8');
    const end = this.base + close + 1;
    if (next === 0x2f /* / */) {
      const name = raw.slice(2, -1).trim();
      const open = this.stack.pop();
      if (open !== name) throw new XmlSyntaxError(`结束标签 </${name}> 与开始标签 <${open ?? ''}> 不匹配`, at);
      this.emit({ kind: 'end', name: localName(name), start: at, end });
      return close + 1;
    }
    const m = /^<([^\s/>]+)([\s\S]*?)(\/?)>$/.exec(raw);
    if (!m) throw new XmlSyntaxError('标签格式错误', at);
    const [, name = '', attrText = '', slash] = m;
    if (this.stack.length === 0 && this.sawRoot) throw new XmlSyntaxError('有多个根元素', at);
    this.sawRoot = true;
    const attributes = parseAttributes(attrText, at);
    const selfClosing = slash === '/';
    this.emit({ kind: 'start', name: localName(name), attributes, start: at, end, selfClosing });
    if (selfClosing) this.emit({ kind: 'end', name: localName(name), start: end, end });
    else this.stack.push(name);
    return close + 1;
  }
}

/** Index of the '>' closing a tag, skipping quoted attribute values (which may contain '>'). */
function tagEnd(b: Buffer, from: number): number {
  let quote = 0;
  for (let i = from; i < b.length; i++) {
    const c = b[i];
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === GT) return i;
    else if (c === LT) throw new XmlSyntaxError('标签内出现“<”', i);
  }
  return -1;
}

function parseAttributes(text: string, at: number): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /\s*([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gy;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const key = m[1] ?? '';
    if (key in out) throw new XmlSyntaxError(`属性 ${key} 重复`, at);
    out[key] = unescapeXml(m[2] ?? m[3] ?? '');
    last = re.lastIndex;
  }
  if (text.slice(last).trim() !== '') throw new XmlSyntaxError('属性格式错误', at);
  return out;
}

/** Drops a namespace prefix: EEP elements are compared by local name (namespace checked on the root). */
function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}
