import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The OFD namespace, GB/T 33190-2016 §7.1. */
export const OFD_NAMESPACE = 'http://www.ofdspec.org/2016';

/** A parsed element: child elements by local name (always arrays), attributes by name, text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Map<string, XmlElement[]>;
  text: string;
}

type Raw = Record<string, unknown>;
const ATTR = '@_';
const TEXT = '#text';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  removeNSPrefix: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  trimValues: true,
  // Every element as an array, so one child and many children look the same.
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

const localName = (qName: string) => qName.slice(qName.indexOf(':') + 1);

function toElement(name: string, raw: unknown): XmlElement {
  const element: XmlElement = { name, attributes: {}, children: new Map(), text: '' };
  if (typeof raw !== 'object' || raw === null) {
    element.text = raw === undefined || raw === null ? '' : String(raw);
    return element;
  }
  for (const [key, value] of Object.entries(raw as Raw)) {
    if (key.startsWith(ATTR)) element.attributes[key.slice(ATTR.length)] = String(value);
    else if (key === TEXT) element.text = String(value);
    else {
      const local = localName(key);
      const list = element.children.get(local) ?? [];
      for (const item of value as unknown[]) list.push(toElement(key, item));
      element.children.set(local, list);
    }
  }
  return element;
}

/**
 * Parses one OFD part and checks its root element: well-formed XML, the expected local name, and
 * the OFD namespace bound to the root's prefix (or as the default namespace).
 * @throws Error with a Chinese reason (shown to the operator) when any of these fails.
 */
export function parseOfdPart(xml: string, part: string, rootLocalName: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${part} 不是格式正确的 XML（第 ${valid.err.line} 行：${valid.err.msg}）`);
  const doc = parser.parse(xml) as Raw;
  const rootKey = Object.keys(doc).find((k) => !k.startsWith('?') && k !== TEXT);
  if (!rootKey) throw new Error(`${part} 没有根元素`);
  const root = toElement(rootKey, (doc[rootKey] as unknown[])[0]);
  if (localName(rootKey) !== rootLocalName) throw new Error(`${part} 的根元素应为 ${rootLocalName}，实际为 ${rootKey}`);
  const prefix = rootKey.includes(':') ? rootKey.slice(0, rootKey.indexOf(':')) : null;
  const namespace = root.attributes[prefix ? `xmlns:${prefix}` : 'xmlns'];
  if (namespace !== OFD_NAMESPACE) {
    throw new Error(`${part} 的命名空间应为 ${OFD_NAMESPACE}，实际为 ${namespace ?? '（未声明）'}`);
  }
  return root;
}

/** Child elements by local name (OFD documents use the "ofd:" prefix, some producers none). */
export function childrenOf(element: XmlElement | undefined, local: string): XmlElement[] {
  return element?.children.get(local) ?? [];
}

/** The text of the first child with this local name, or undefined. */
export function childText(element: XmlElement | undefined, local: string): string | undefined {
  const text = childrenOf(element, local)[0]?.text.trim();
  return text ? text : undefined;
}
