import { posix } from 'node:path';
import { childrenOf, childText, parseOfdPart, type XmlElement } from './ofd-xml.js';
import { problem } from './problems.js';
import type { CheckerFacts, OfdFacts } from './types.js';
import { withZip, type ZipArchive } from './zip-reader.js';

/** An OFD part larger than this is not XML we should parse (zip-bomb guard). */
const MAX_XML_BYTES = 32 * 1024 * 1024;

/** A missing or unreadable part: the message is Chinese and goes to the operator as is. */
class OfdDefect extends Error {}

/**
 * Validates an OFD package (GB/T 33190-2016): the ZIP opens; OFD.xml parses in the OFD namespace;
 * each DocBody's DocRoot names an existing Document.xml; every Pages/Page BaseLoc names an existing,
 * well-formed page; when a DocBody names Signatures.xml it exists, and each Signature's BaseLoc
 * names an existing signature file. Counts documents, pages and signatures. (Verifying the seals'
 * SM2 signatures is the signature check's job, not this one.)
 *
 * Findings: OFD_CORRUPT with the first defect found. Never throws for a bad package.
 */
export async function inspectOfd(path: string): Promise<CheckerFacts> {
  const facts: CheckerFacts = { problems: [] };
  try {
    facts.ofd = await withZip(path, readPackage);
    facts.pages = facts.ofd.pages;
  } catch (e) {
    const reason = e instanceof OfdDefect ? e.message : `ZIP 包无法读取（${(e as Error).message}）`;
    facts.problems.push(problem('OFD_CORRUPT', reason));
  }
  return facts;
}

async function readPackage(zip: ZipArchive): Promise<OfdFacts> {
  const root = await part(zip, 'OFD.xml', 'OFD', '入口文件 OFD.xml');
  const bodies = childrenOf(root.element, 'DocBody');
  if (bodies.length === 0) throw new OfdDefect('OFD.xml 中没有 DocBody（文档入口）');
  const facts: OfdFacts = { docCount: bodies.length, pages: 0, signatures: 0 };
  const version = root.element.attributes.Version;
  if (version) facts.version = version;

  for (const [i, body] of bodies.entries()) {
    const docRoot = childText(body, 'DocRoot');
    if (!docRoot) throw new OfdDefect(`第 ${i + 1} 个 DocBody 没有 DocRoot（Document.xml 的位置）`);
    const document = await part(zip, resolvePart(zip, root.name, docRoot), 'Document', `DocRoot 指向的 ${docRoot}`);
    const pages = childrenOf(childrenOf(document.element, 'Pages')[0], 'Page');
    if (pages.length === 0) throw new OfdDefect(`${document.name} 中没有页面`);
    for (const [p, page] of pages.entries()) {
      const baseLoc = page.attributes.BaseLoc;
      if (!baseLoc) throw new OfdDefect(`${document.name} 第 ${p + 1} 页没有 BaseLoc（页面内容的位置）`);
      await part(zip, resolvePart(zip, document.name, baseLoc), 'Page', `第 ${p + 1} 页的内容 ${baseLoc}`);
    }
    facts.pages += pages.length;

    const signaturesLoc = childText(body, 'Signatures');
    if (signaturesLoc) {
      const list = await part(zip, resolvePart(zip, root.name, signaturesLoc), 'Signatures', `签名列表 ${signaturesLoc}`);
      const signatures = childrenOf(list.element, 'Signature');
      for (const [s, signature] of signatures.entries()) {
        const loc = signature.attributes.BaseLoc;
        if (!loc || !zip.find(resolvePart(zip, list.name, loc))) {
          throw new OfdDefect(`第 ${s + 1} 个签名/签章的文件 ${loc ?? '（未指明）'} 不存在`);
        }
      }
      facts.signatures += signatures.length;
    }
  }
  return facts;
}

/**
 * Resolves a location inside the package (GB/T 33190 §7.5): "/…" from the package root, anything
 * else relative to the referring part's folder. Producers disagree on the latter, so a relative
 * name that does not exist there is also tried from the root.
 */
function resolvePart(zip: ZipArchive, from: string, location: string): string {
  const clean = location.replace(/\\/g, '/');
  if (clean.startsWith('/')) return posix.normalize(clean.slice(1));
  const relative = posix.normalize(posix.join(posix.dirname(from), clean));
  if (zip.find(relative)) return relative;
  const fromRoot = posix.normalize(clean);
  return zip.find(fromRoot) ? fromRoot : relative;
}

async function part(zip: ZipArchive, location: string, rootLocalName: string, what: string): Promise<{ name: string; element: XmlElement }> {
  if (location.startsWith('..')) throw new OfdDefect(`${what} 指向包外（${location}）`);
  const name = zip.find(location);
  if (!name) throw new OfdDefect(`${what} 不存在（${location}）`);
  let xml: string;
  try {
    xml = (await zip.read(name, MAX_XML_BYTES)).toString('utf8');
  } catch (e) {
    throw new OfdDefect(`${what} 无法读取（${(e as Error).message}）`);
  }
  try {
    return { name, element: parseOfdPart(xml, name, rootLocalName) };
  } catch (e) {
    throw new OfdDefect((e as Error).message);
  }
}
