import { escapeXml } from '../eep/xml-text.js';

/**
 * A tiny XML tree for writing METS and PREMIS. Built as data rather than string concatenation so
 * that every text and attribute goes through one escaping function (`escapeXml`: NFC, `& < > "`,
 * forbidden control characters dropped) and nothing can be forgotten.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

type Child = XmlElement | string | number | null | undefined | false | Child[];

/** `x('mets:file', { ID: 'F1', SIZE: 3 }, child, …)`; undefined/null attributes and children are left out. */
export function x(name: string, attributes: Record<string, string | number | null | undefined> = {}, ...children: Child[]): XmlElement {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined && v !== null) attrs[k] = String(v);
  return { name, attributes: attrs, children: flatten(children) };
}

function flatten(children: Child[]): Array<XmlElement | string> {
  const out: Array<XmlElement | string> = [];
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) out.push(...flatten(c));
    else out.push(typeof c === 'number' ? String(c) : c);
  }
  return out;
}

/**
 * The document as UTF-8 text with an XML declaration, indented two spaces. Elements holding only
 * text are written on one line, so no white space is added inside a value (a digest, a title).
 */
export function serialiseXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, '')}\n`;
}

function write(e: XmlElement, indent: string): string {
  const attrs = Object.entries(e.attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  if (e.children.length === 0) return `${indent}<${e.name}${attrs}/>`;
  if (e.children.every((c) => typeof c === 'string')) return `${indent}<${e.name}${attrs}>${e.children.map((c) => escapeXml(c as string)).join('')}</${e.name}>`;
  const inner = e.children.map((c) => (typeof c === 'string' ? `${indent}  ${escapeXml(c)}` : write(c, `${indent}  `))).join('\n');
  return `${indent}<${e.name}${attrs}>\n${inner}\n${indent}</${e.name}>`;
}
