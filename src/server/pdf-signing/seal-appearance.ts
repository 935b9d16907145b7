import { deflateSync } from 'node:zlib';
import { PDFDict, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import sharp from 'sharp';
import { streamBytes, type IncrementalUpdate } from './incremental-update.js';
import { PdfSigningError } from './pdf-signing-error.js';

/**
 * Adds the electronic seal (电子印章) as a widget's normal appearance (ISO 32000-1 §12.5.5): a form
 * XObject the size of the widget that draws the PNG, fitted without distortion and centred, with the
 * PNG's alpha channel as the image's soft mask (§11.6.5.3) so the page shows through, and blend
 * mode Multiply (§11.3.5) so text under the ink stays legible, as under a real 印泥 seal.
 * @throws PdfSigningError PDF_SIGNING_IMAGE_INVALID when the PNG cannot be decoded.
 */
export async function addSealAppearance(update: IncrementalUpdate, png: Uint8Array, width: number, height: number): Promise<PDFRef> {
  const { data, info } = await sharp(png)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch((cause: unknown) => {
      throw new PdfSigningError('PDF_SIGNING_IMAGE_INVALID', { cause: String(cause) });
    });
  const pixels = info.width * info.height;
  const rgb = Buffer.alloc(pixels * 3);
  const alpha = Buffer.alloc(pixels);
  for (let i = 0; i < pixels; i++) {
    data.copy(rgb, i * 3, i * 4, i * 4 + 3);
    alpha[i] = data[i * 4 + 3]!;
  }

  const { context } = update;
  const maskRef = update.allocate();
  update.set(maskRef, streamBytes(imageDict(update, info.width, info.height, 'DeviceGray'), deflateSync(alpha)));
  const imageRef = update.allocate();
  const image = imageDict(update, info.width, info.height, 'DeviceRGB');
  image.set(PDFName.of('SMask'), maskRef);
  update.set(imageRef, streamBytes(image, deflateSync(rgb)));

  const scale = Math.min(width / info.width, height / info.height);
  const [w, h] = [info.width * scale, info.height * scale];
  const draw = `q ${num(w)} 0 0 ${num(h)} ${num((width - w) / 2)} ${num((height - h) / 2)} cm /Ink gs /Seal Do Q`;
  const form = context.obj({
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, width, height],
    Resources: { XObject: { Seal: imageRef }, ExtGState: { Ink: { Type: 'ExtGState', BM: 'Multiply' } } },
  }) as PDFDict;
  const formRef = update.allocate();
  update.set(formRef, streamBytes(form, Buffer.from(draw, 'latin1')));
  return formRef;
}

function imageDict(update: IncrementalUpdate, width: number, height: number, colorSpace: string): PDFDict {
  const dict = PDFDict.withContext(update.context);
  dict.set(PDFName.of('Type'), PDFName.of('XObject'));
  dict.set(PDFName.of('Subtype'), PDFName.of('Image'));
  dict.set(PDFName.of('Width'), PDFNumber.of(width));
  dict.set(PDFName.of('Height'), PDFNumber.of(height));
  dict.set(PDFName.of('ColorSpace'), PDFName.of(colorSpace));
  dict.set(PDFName.of('BitsPerComponent'), PDFNumber.of(8));
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  return dict;
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);
