import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { createDualDigest } from '../crypto/digest.js';
import { ALGORITHM_INFO, signDetachedCmsDigest, type Signer } from '../pki/index.js';
import { Base64LineEncoder } from './base64-lines.js';
import { ByteSink } from './byte-sink.js';
import { EepError } from './eep-errors.js';
import type { EepFile, EepInput } from './eep-input.js';
import { documentHead, documentTail, entityHead, entityTail, packageHead, signedObjectHead, signedObjectTail } from './eep-metadata.js';
import { signatureBlock } from './eep-signature-block.js';
import { chinaTime } from './xml-text.js';

/** What was written, for the transfer register (移交登记表). */
export interface WrittenEep {
  /** Total bytes of the package. */
  size: number;
  /** Byte range [start, end) of the 被签名对象 element. */
  signedRange: { start: number; end: number };
  /** Number of 文件实体 and of encoded files. */
  entities: number;
  files: number;
  signed: boolean;
}

/**
 * Writes a DA/T 48-2009 原始型 EEP for one case file to `out` (a stream the caller ends, or a path,
 * which is created and — on failure — removed again).
 *
 * One pass, constant memory: metadata is written as text, each file's bytes are streamed from its
 * `source()` through a Base64 line encoder into the output, and, when `signer` is given, the
 * signature digest is updated with exactly the bytes written between `<被签名对象` and
 * `</被签名对象>`. After that element only the small CMS is signed (signer sees the signed
 * attributes, never the content) and the 电子签名块 appended.
 *
 * Every file is re-hashed while it is encoded; a size or digest that differs from the recorded
 * one aborts the package, because an EEP whose 校验码 disagree with its own data would be
 * worthless as transfer evidence.
 * @throws EepError EEP_INPUT_INVALID (no files in an entry, unknown agent), EEP_SOURCE_MISMATCH.
 */
export async function writeEep(out: Writable | string, input: EepInput, signer?: Signer): Promise<WrittenEep> {
  validate(input);
  if (typeof out !== 'string') return writeTo(out, input, signer);
  const stream = createWriteStream(out, { flags: 'wx' });
  try {
    const written = await writeTo(stream, input, signer);
    stream.end();
    await finished(stream);
    return written;
  } catch (err) {
    stream.destroy();
    await rm(out, { force: true });
    throw err;
  }
}

async function writeTo(out: Writable, input: EepInput, signer: Signer | undefined): Promise<WrittenEep> {
  const sink = new ByteSink(out);
  const at = chinaTime;
  await sink.write(packageHead());

  const start = sink.offset;
  if (signer) sink.beginDigest(ALGORITHM_INFO[signer.algorithm].digest);
  await sink.write(signedObjectHead(input, at(input.createdAt ?? new Date())));
  let entities = 0;
  let files = 0;
  for (const volume of input.volumes) {
    for (const entry of volume.entries) {
      entities += 1;
      await sink.write(entityHead(input, volume, entry));
      for (const [i, file] of entry.files.entries()) {
        await sink.write(documentHead(entry, file, entities, i + 1));
        await writeFileData(sink, file);
        await sink.write(documentTail());
        files += 1;
      }
      await sink.write(entityTail());
    }
  }
  await sink.write(signedObjectTail(input, at));
  const end = sink.offset;

  if (signer) {
    const signingTime = new Date();
    const cms = await signDetachedCmsDigest(sink.endDigest(), signer, { signingTime });
    await sink.write(signatureBlock(signer, cms, at(signingTime)));
  }
  await sink.write('\n</电子文件封装包>\n');
  return { size: sink.offset, signedRange: { start, end }, entities, files, signed: signer !== undefined };
}

async function writeFileData(sink: ByteSink, file: EepFile): Promise<void> {
  const encoder = new Base64LineEncoder();
  const digest = createDualDigest();
  for await (const chunk of file.source()) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    digest.update(bytes);
    await sink.write(encoder.push(bytes));
  }
  await sink.write(encoder.end());
  const actual = digest.digest();
  if (actual.size !== file.size || actual.sha256 !== file.sha256.toLowerCase() || actual.sm3 !== file.sm3.toLowerCase()) {
    throw new EepError('EEP_SOURCE_MISMATCH', `文件“${file.name}”的内容与登记的大小或摘要值不一致，拒绝封装`, {
      file: file.name,
      recorded: { size: file.size, sha256: file.sha256, sm3: file.sm3 },
      actual,
    });
  }
}

function validate(input: EepInput): void {
  const problems: string[] = [];
  const ids = new Set(input.people.map((p) => p.id));
  if (ids.size !== input.people.length) problems.push('机构人员标识符重复');
  for (const e of input.events) if (!ids.has(e.agentId)) problems.push(`业务“${e.action}”的机构人员标识符 ${e.agentId} 不在机构人员实体块中`);
  for (const v of input.volumes) for (const e of v.entries) if (e.files.length === 0) problems.push(`“${e.title}”没有电子文件`);
  if (problems.length > 0) throw new EepError('EEP_INPUT_INVALID', problems.join('；'), { problems });
}
