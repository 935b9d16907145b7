/**
 * pdf.js's data files — the Adobe CMaps (Chinese documents with fonts that are not embedded name
 * their encodings by CMap: UniGB-UCS2-H, GBK-EUC-H …), the standard fonts, and the WebAssembly
 * decoders for JBIG2 and JPEG 2000 images — bundled by Vite with hashed names. pdf.js asks for them
 * by file name, so a small factory maps the name to the bundled URL.
 */
const files = import.meta.glob(
  ['/node_modules/pdfjs-dist/cmaps/*.bcmap', '/node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', '/node_modules/pdfjs-dist/wasm/*.wasm'],
  { query: '?url&no-inline', import: 'default', eager: true },
) as Record<string, string>;

const folders: Record<string, string> = { cMapUrl: 'cmaps', standardFontDataUrl: 'standard_fonts', wasmUrl: 'wasm' };

/** The bundled URL of a pdf.js data file, or undefined when pdf.js asks for one we do not ship. */
export function pdfAssetUrl(kind: string, filename: string): string | undefined {
  const folder = folders[kind];
  return folder ? files[`/node_modules/pdfjs-dist/${folder}/${filename}`] : undefined;
}

/** pdf.js `BinaryDataFactory` (with `useWorkerFetch: false`): the main thread fetches the file. */
export class BundledPdfData {
  constructor(_options: unknown) {}

  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = pdfAssetUrl(kind, filename);
    if (!url) throw new Error(`pdf.js data file not bundled: ${kind} ${filename}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`pdf.js data file ${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** The getDocument options that route pdf.js's data files through {@link BundledPdfData}. */
export const bundledPdfDataOptions = {
  useWorkerFetch: false,
  BinaryDataFactory: BundledPdfData,
  cMapUrl: 'bundled/',
  cMapPacked: true,
  standardFontDataUrl: 'bundled/',
  wasmUrl: 'bundled/',
} as const;
