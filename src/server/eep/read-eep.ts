import { createReadStream } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EncodedDataSink, type DecodedFile } from './encoded-data-sink.js';
import { issue, type EepIssue } from './eep-issues.js';
import { EEP_NAMESPACE, EEP_VERSION } from './eep-metadata.js';
import { verifyEepSignature, type EepSignatureResult } from './verify-eep-signature.js';
import { XmlScanner, XmlSyntaxError } from './xml-scanner.js';
import { child, children, childText, fields, TextTooLargeError, TreeBuilder, type XmlNode } from './xml-tree.js';

export interface ReadEepOptions {
  /** Directory for the decoded files (created if needed by the caller); default a new temp dir. */
  outDir?: string;
  /** Trust anchors for the signer's chain (e.g. the court CA root); without them the chain check fails. */
  trustedRoots?: Uint8Array[];
}

/** A package as read, metadata as the texts of its elements (names as in DA/T 46). */
export interface EepPackage {
  formatDescription: string;
  version: string;
  eepVersion: string;
  packageType: string;
  typeDescription: string;
  createdAt: string;
  createdBy: string;
  /** Byte range [start, end) of 被签名对象 in the file. */
  signedRange: { start: number; end: number } | null;
  entities: EepEntity[];
  /** 业务实体: 业务标识符, 机构人员标识符, 业务行为, 行为时间 … */
  events: Array<Record<string, string>>;
  /** 机构人员实体: 机构人员标识符, 机构人员类型, 机构人员名称 … */
  people: Array<Record<string, string>>;
}

export interface EepEntity {
  aggregation: string;
  recordId: string;
  source: Record<string, string>;
  archivalCode: Record<string, string>;
  description: Record<string, string>;
  form: Record<string, string>;
  access: Record<string, string>;
  note: string;
  documents: EepDocument[];
}

export interface EepDocument {
  id: string;
  sequence: string;
  role: string;
  title: string;
  encodings: EepEncoding[];
}

export interface EepEncoding {
  id: string;
  fileName: string;
  format: Record<string, string>;
  recordedSize: number | null;
  recordedDigests: { sha256?: string; sm3?: string };
  description: string;
  decoderKey: string;
  /** The decoded file (path, size, SHA-256, SM3); null when the element had no 编码数据. */
  decoded: DecodedFile | null;
}

export interface ReadEepResult {
  ok: boolean;
  issues: EepIssue[];
  package: EepPackage | null;
  signature: EepSignatureResult | null;
  outDir: string;
}

/**
 * Reads a DA/T 48-2009 EEP in one streaming pass (own byte-level scanner, xml-scanner.ts — no size
 * limit from the parser; memory is the metadata tree plus one input chunk), decoding every
 * 编码数据 to a file in `outDir` while hashing it, then checks each file against its recorded
 * 计算机文件大小 and 校验码 and verifies the 电子签名块 over the re-read 被签名对象 bytes.
 * Problems are returned as issues; it throws only for I/O errors (missing file, full disk).
 */
export async function readEep(file: string, options: ReadEepOptions = {}): Promise<ReadEepResult> {
  const outDir = options.outDir ?? (await mkdtemp(path.join(os.tmpdir(), 'casevault-eep-')));
  const issues: EepIssue[] = [];
  const done = (pkg: EepPackage | null, signature: EepSignatureResult | null): ReadEepResult => ({
    ok: !issues.some((i) => i.severity === 'error'),
    issues,
    package: pkg,
    signature,
    outDir,
  });

  const sink = new EncodedDataSink(outDir);
  const tree = new TreeBuilder({ 编码数据: sink });
  const scanner = new XmlScanner(tree.onEvent);
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
      scanner.push(chunk as Buffer);
      await sink.flush();
    }
    scanner.end();
  } catch (err) {
    await sink.abort();
    if (err instanceof XmlSyntaxError) issues.push(issue('EEP_XML_MALFORMED', '', `XML 格式错误：${err.message}`));
    else if (err instanceof TextTooLargeError) issues.push(issue('EEP_TEXT_TOO_LARGE', err.element, err.message));
    else throw err;
    return done(null, null);
  }

  const root = tree.root;
  if (!root || root.name !== '电子文件封装包' || root.attributes['xmlns'] !== EEP_NAMESPACE) {
    issues.push(issue('EEP_NOT_EEP', root?.name ?? '', `根元素不是命名空间 ${EEP_NAMESPACE} 中的“电子文件封装包”`));
    return done(null, null);
  }
  const signed = child(root, '被签名对象');
  if (!signed) {
    issues.push(issue('EEP_ELEMENT_MISSING', '被签名对象', '缺少“被签名对象”'));
    return done(null, null);
  }
  const pkg = packageOf(root, signed, sink.decoded, issues);

  const block = child(root, '电子签名块');
  if (!block) {
    issues.push(issue('EEP_SIGNATURE_MISSING', '电子签名块', '封装包没有电子签名块', 'warning'));
    return done(pkg, null);
  }
  const verified = await verifyEepSignature(file, block, { start: signed.start, end: signed.end }, options.trustedRoots ?? []);
  issues.push(...verified.issues);
  return done(pkg, verified.result);
}

function packageOf(root: XmlNode, signed: XmlNode, decoded: Map<XmlNode, DecodedFile>, issues: EepIssue[]): EepPackage {
  const version = childText(root, '版本');
  const eepVersion = signed.attributes['eep版本'] ?? '';
  if (version !== EEP_VERSION || eepVersion !== EEP_VERSION) {
    issues.push(issue('EEP_VERSION_UNSUPPORTED', '版本', `封装包版本“${version}”/“${eepVersion}”不是 ${EEP_VERSION}`, 'warning'));
  }
  const content = child(signed, '封装内容');
  const entities = children(child(content, '文件实体块'), '文件实体').map((e, i) => entityOf(e, `文件实体[${i + 1}]`, decoded, issues));
  return {
    formatDescription: childText(root, '封装包格式描述'),
    version,
    eepVersion,
    packageType: childText(signed, '封装包类型'),
    typeDescription: childText(signed, '封装包类型描述'),
    createdAt: childText(signed, '封装包创建时间'),
    createdBy: childText(signed, '封装包创建单位'),
    signedRange: { start: signed.start, end: signed.end },
    entities,
    events: children(child(content, '业务实体块'), '业务实体').map(fields),
    people: children(child(content, '机构人员实体块'), '机构人员实体').map(fields),
  };
}

function entityOf(node: XmlNode, where: string, decoded: Map<XmlNode, DecodedFile>, issues: EepIssue[]): EepEntity {
  const documents = children(child(node, '文件数据'), '文档').map((doc, d) => ({
    id: childText(doc, '文档标识符'),
    sequence: childText(doc, '文档序号'),
    role: childText(doc, '文档主从声明'),
    title: childText(doc, '题名'),
    encodings: children(doc, '文档数据').flatMap((data) =>
      children(data, '编码').map((enc) => encodingOf(enc, `${where}/文档[${d + 1}]/编码[${enc.attributes['编码ID'] ?? ''}]`, decoded, issues)),
    ),
  }));
  return {
    aggregation: childText(node, '聚合层次'),
    recordId: childText(node, '电子文件号'),
    source: fields(child(node, '来源')),
    archivalCode: fields(child(node, '档号')),
    description: fields(child(node, '内容描述')),
    form: fields(child(node, '形式特征')),
    access: fields(child(node, '权限管理')),
    note: childText(node, '附注'),
    documents,
  };
}

/** One 编码 and the checks of its decoded bytes against what the package records. */
function encodingOf(node: XmlNode, where: string, decoded: Map<XmlNode, DecodedFile>, issues: EepIssue[]): EepEncoding {
  const props = child(node, '电子属性');
  const sizeText = childText(props, '计算机文件大小');
  const recordedSize = /^\d+$/.test(sizeText) ? Number(sizeText) : null;
  const recordedDigests: EepEncoding['recordedDigests'] = {};
  for (const c of children(props, '校验码')) {
    const alg = (c.attributes['校验算法'] ?? '').toUpperCase().replace('-', '');
    if (alg === 'SHA256') recordedDigests.sha256 = c.text.trim().toLowerCase();
    if (alg === 'SM3') recordedDigests.sm3 = c.text.trim().toLowerCase();
  }
  const dataNode = child(node, '编码数据');
  const file = dataNode ? (decoded.get(dataNode) ?? null) : null;
  const fileName = childText(props, '计算机文件名');
  if (!file) {
    issues.push(issue('EEP_ELEMENT_MISSING', where, `“${fileName}”没有编码数据`));
  } else if (file.error) {
    issues.push(issue('EEP_BASE64_INVALID', `${where}/编码数据`, `“${fileName}”的编码数据无法解码：${file.error}`));
  } else {
    if (recordedSize !== null && recordedSize !== file.digests.size) {
      issues.push(issue('EEP_SIZE_MISMATCH', `${where}/编码数据`, `“${fileName}”解码后 ${file.digests.size} 字节，登记为 ${recordedSize} 字节`));
    }
    for (const alg of ['sha256', 'sm3'] as const) {
      const recorded = recordedDigests[alg];
      if (recorded && recorded !== file.digests[alg]) {
        issues.push(issue('EEP_DIGEST_MISMATCH', `${where}/编码数据`, `“${fileName}”解码后的 ${alg.toUpperCase()} 摘要值与登记的校验码不一致`));
      }
    }
    if (!recordedDigests.sha256 && !recordedDigests.sm3) {
      issues.push(issue('EEP_DIGEST_MISSING', `${where}/电子属性`, `“${fileName}”没有登记校验码，无法核对内容`, 'warning'));
    }
  }
  return {
    id: node.attributes['编码ID'] ?? '',
    fileName,
    format: fields(child(props, '格式信息')),
    recordedSize,
    recordedDigests,
    description: childText(node, '编码描述'),
    decoderKey: childText(node, '反编码关键字'),
    decoded: file,
  };
}
