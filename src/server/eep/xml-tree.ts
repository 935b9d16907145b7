import { unescapeXml } from './xml-text.js';
import type { XmlEvent } from './xml-scanner.js';

/** An element of the metadata tree. Large file data never lands here (see `TreeBuilder`). */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Character data directly inside the element, entities decoded; '' for streamed elements. */
  text: string;
  /** Byte range of the whole element in the file. */
  start: number;
  end: number;
}

/**
 * Receives the text of an element whose content is streamed elsewhere (编码数据) instead of kept.
 * `open` sees the element and the ancestors (nearest last) — the reader needs the sibling
 * 电子属性 already read to name the output file.
 */
export interface StreamedElement {
  open(node: XmlNode, ancestors: readonly XmlNode[]): void;
  text(bytes: Buffer, cdata: boolean): void;
  close(node: XmlNode): void;
}

/** Longest text kept for one metadata element; anything bigger is not metadata. */
export const METADATA_TEXT_LIMIT = 4 * 1024 * 1024;

export class TextTooLargeError extends Error {
  constructor(readonly element: string) {
    super(`元素 ${element} 的文本超过 ${METADATA_TEXT_LIMIT} 字节`);
  }
}

/** Builds the tree from scanner events, handing the content of `streamed` elements to their handler. */
export class TreeBuilder {
  root: XmlNode | null = null;
  private readonly open: Array<{ node: XmlNode; pieces: Array<{ bytes: Buffer; cdata: boolean }>; size: number; handler?: StreamedElement }> = [];

  constructor(private readonly streamed: Record<string, StreamedElement>) {}

  onEvent = (event: XmlEvent): void => {
    if (event.kind === 'start') {
      const node: XmlNode = { name: event.name, attributes: event.attributes, children: [], text: '', start: event.start, end: event.end };
      const parent = this.open.at(-1);
      if (parent) parent.node.children.push(node);
      else this.root = node;
      const handler = this.streamed[event.name];
      handler?.open(
        node,
        this.open.map((o) => o.node),
      );
      this.open.push({ node, pieces: [], size: 0, ...(handler ? { handler } : {}) });
    } else if (event.kind === 'text') {
      const top = this.open.at(-1);
      if (!top) return;
      if (top.handler) return top.handler.text(event.bytes, event.cdata);
      top.size += event.bytes.length;
      if (top.size > METADATA_TEXT_LIMIT) throw new TextTooLargeError(top.node.name);
      top.pieces.push({ bytes: Buffer.from(event.bytes), cdata: event.cdata });
    } else {
      const top = this.open.pop();
      if (!top) return;
      top.node.end = event.end;
      if (top.handler) top.handler.close(top.node);
      else top.node.text = decodePieces(top.pieces);
    }
  };
}

/** Joins raw pieces, decoding entities outside CDATA; bytes are joined first so no UTF-8 sequence is split. */
function decodePieces(pieces: Array<{ bytes: Buffer; cdata: boolean }>): string {
  let out = '';
  let run: Buffer[] = [];
  let runCdata = false;
  const flush = () => {
    if (run.length === 0) return;
    const s = Buffer.concat(run).toString('utf8');
    out += runCdata ? s : unescapeXml(s);
    run = [];
  };
  for (const p of pieces) {
    if (p.cdata !== runCdata) flush();
    runCdata = p.cdata;
    run.push(p.bytes);
  }
  flush();
  return out;
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  return node?.children.filter((c) => c.name === name) ?? [];
}

export function childText(node: XmlNode | undefined, name: string): string {
  return child(node, name)?.text.trim() ?? '';
}

/** The leaf children of a container as name → text (e.g. 内容描述 → { 题名, 责任者, … }). */
export function fields(node: XmlNode | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of node?.children ?? []) if (c.children.length === 0) out[c.name] = c.text.trim();
  return out;
}
