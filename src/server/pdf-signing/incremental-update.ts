import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFContext, type PDFObject } from 'pdf-lib';
import type { PreviousRevision } from './previous-revision.js';

/** What the update's trailer carries over from the document (ISO 32000-1 §7.5.5, §7.5.6). */
export interface UpdateTrailer {
  root: PDFRef;
  info?: PDFObject;
  id?: PDFObject;
}

/** The written update, and where each of its objects' bodies starts in the whole file. */
export interface WrittenUpdate {
  bytes: Uint8Array;
  bodyOffsets: Map<number, number>;
}

interface Entry {
  ref: PDFRef;
  body: Uint8Array;
}

const ascii = (text: string) => Buffer.from(text, 'latin1');

/** The bytes pdf-lib would write for one object; parsed strings keep their original escapes. */
export function objectBytes(object: PDFObject): Uint8Array {
  const out = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(out, 0);
  return out;
}

/** A stream object's body; sets /Length on `dict`. */
export function streamBytes(dict: PDFDict, data: Uint8Array): Uint8Array {
  dict.set(PDFName.of('Length'), PDFNumber.of(data.length));
  return Buffer.concat([objectBytes(dict), ascii('\nstream\n'), data, ascii('\nendstream')]);
}

/**
 * One incremental update (ISO 32000-1 §7.5.6): new objects and new versions of existing ones,
 * then a cross-reference section of the same kind as the previous one, whose /Prev chains to it.
 * The original bytes are never touched; the update is appended after them.
 */
export class IncrementalUpdate {
  private readonly entries = new Map<number, Entry>();
  private nextNumber: number;

  constructor(
    readonly context: PDFContext,
    private readonly previous: PreviousRevision,
  ) {
    // pdf-lib does not count object and xref stream containers, so trust /Size as well.
    this.nextNumber = Math.max(previous.size, context.largestObjectNumber + 1);
  }

  /** A fresh object number, generation 0. */
  allocate(): PDFRef {
    return PDFRef.of(this.nextNumber++);
  }

  /** Writes `object` (or a ready body) as the new version of `ref`. */
  set(ref: PDFRef, object: PDFObject | Uint8Array): void {
    this.entries.set(ref.objectNumber, { ref, body: object instanceof Uint8Array ? object : objectBytes(object) });
  }

  /** Appends the update to `base` and returns the whole new file. */
  write(base: Uint8Array, trailer: UpdateTrailer): WrittenUpdate {
    const chunks: Uint8Array[] = [base];
    let position = base.length;
    const push = (chunk: Uint8Array) => {
      chunks.push(chunk);
      position += chunk.length;
    };
    if (this.previous.needsEol) push(ascii('\n'));

    const offsets = new Map<number, { ref: PDFRef; offset: number }>();
    const bodyOffsets = new Map<number, number>();
    for (const { ref, body } of this.entries.values()) {
      offsets.set(ref.objectNumber, { ref, offset: position });
      push(ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`));
      bodyOffsets.set(ref.objectNumber, position);
      push(body);
      push(ascii('\nendobj\n'));
    }

    const xrefOffset = position;
    if (this.previous.xrefKind === 'table') {
      push(ascii(this.xrefTable(offsets, trailer)));
    } else {
      const ref = this.allocate();
      offsets.set(ref.objectNumber, { ref, offset: xrefOffset });
      push(ascii(`${ref.objectNumber} 0 obj\n`));
      push(this.xrefStream(offsets, trailer));
      push(ascii('\nendobj\n'));
    }
    push(ascii(`startxref\n${xrefOffset}\n%%EOF\n`));
    const bytes = Buffer.concat(chunks);
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), bodyOffsets };
  }

  private trailerDict(trailer: UpdateTrailer): PDFDict {
    const dict = PDFDict.withContext(this.context);
    dict.set(PDFName.of('Size'), PDFNumber.of(this.nextNumber));
    dict.set(PDFName.of('Prev'), PDFNumber.of(this.previous.xrefOffset));
    dict.set(PDFName.of('Root'), trailer.root);
    if (trailer.info) dict.set(PDFName.of('Info'), trailer.info);
    if (trailer.id) dict.set(PDFName.of('ID'), trailer.id);
    return dict;
  }

  /** §7.5.4: subsections of consecutive numbers, 20-byte entries. */
  private xrefTable(offsets: Map<number, { ref: PDFRef; offset: number }>, trailer: UpdateTrailer): string {
    let text = 'xref\n';
    for (const run of consecutiveRuns([...offsets.keys()])) {
      text += `${run[0]} ${run.length}\n`;
      for (const n of run) {
        const { ref, offset } = offsets.get(n)!;
        text += `${String(offset).padStart(10, '0')} ${String(ref.generationNumber).padStart(5, '0')} n\r\n`;
      }
    }
    return `${text}trailer\n${this.trailerDict(trailer).toString()}\n`;
  }

  /** §7.5.8: an uncompressed cross-reference stream with type-1 entries only. */
  private xrefStream(offsets: Map<number, { ref: PDFRef; offset: number }>, trailer: UpdateTrailer): Uint8Array {
    const maxOffset = Math.max(...[...offsets.values()].map((e) => e.offset));
    const offsetWidth = Math.max(4, Math.ceil(Math.log2(maxOffset + 1) / 8));
    const runs = consecutiveRuns([...offsets.keys()]);
    const rowWidth = 1 + offsetWidth + 2;
    const data = Buffer.alloc(offsets.size * rowWidth);
    let row = 0;
    for (const run of runs) {
      for (const n of run) {
        const { ref, offset } = offsets.get(n)!;
        const at = row++ * rowWidth;
        data[at] = 1;
        data.writeUIntBE(offset, at + 1, offsetWidth);
        data.writeUInt16BE(ref.generationNumber, at + 1 + offsetWidth);
      }
    }
    const dict = this.trailerDict(trailer);
    dict.set(PDFName.of('Type'), PDFName.of('XRef'));
    dict.set(PDFName.of('W'), this.context.obj([1, offsetWidth, 2]) as PDFArray);
    dict.set(PDFName.of('Index'), this.context.obj(runs.flatMap((run) => [run[0]!, run.length])) as PDFArray);
    return streamBytes(dict, data);
  }
}

function consecutiveRuns(numbers: number[]): number[][] {
  const runs: number[][] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === n - 1) last.push(n);
    else runs.push([n]);
  }
  return runs;
}
