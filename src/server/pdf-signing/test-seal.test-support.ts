import sharp from 'sharp';

/** Seal red (印泥红). */
export const SEAL_RED = { r: 0xd0, g: 0x10, b: 0x1b };

/**
 * A 300 × 300 PNG of a court seal without text (CJK fonts in SVG are not dependable): a red double
 * ring and a five-pointed star on a transparent background.
 */
export async function testSealPng(): Promise<Uint8Array> {
  const star = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? 62 : 25;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(150 + radius * Math.cos(angle)).toFixed(1)},${(150 + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
  const red = `rgb(${SEAL_RED.r},${SEAL_RED.g},${SEAL_RED.b})`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300">
    <circle cx="150" cy="150" r="138" fill="none" stroke="${red}" stroke-width="12"/>
    <circle cx="150" cy="150" r="120" fill="none" stroke="${red}" stroke-width="3"/>
    <polygon points="${star}" fill="${red}"/>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}
