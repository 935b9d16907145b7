import type { FastifyRequest } from 'fastify';
import type { ReceivedFile } from '../services/file-intake.service.js';
import type { StagedBlob } from '../storage/blob-store.js';

/**
 * Reads a multipart request part by part: each file is streamed straight into staging (never held
 * in memory, so a 4 GB recording uploads in bounded memory); text fields are collected in any order.
 * On a failure every file staged so far is discarded.
 */
export async function readMultipart(
  request: FastifyRequest,
  stage: (source: NodeJS.ReadableStream & AsyncIterable<Uint8Array>) => Promise<StagedBlob>,
  discard: (staged: StagedBlob) => Promise<void>,
): Promise<{ fields: Record<string, string>; files: ReceivedFile[] }> {
  const fields: Record<string, string> = {};
  const files: ReceivedFile[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const staged = await stage(part.file);
        files.push({ fieldName: part.fieldname, originalName: decodeName(part.filename), staged });
      } else {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (e) {
    await Promise.all(files.map((f) => discard(f.staged).catch(() => undefined)));
    throw e;
  }
  return { fields, files };
}

/** Browsers send UTF-8 file names; some clients send them as latin1 bytes. Recover the Chinese. */
function decodeName(name: string): string {
  if (/[^\u0000-\u00ff]/.test(name)) return name;
  const bytes = Buffer.from(name, 'latin1');
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\ufffd') ? name : utf8;
}
