import type { ByteReader } from './byte-reader.js';

/**
 * Reads the entry names of an OLE2 compound file ([MS-CFB] §2.2, §2.6): the legacy Office formats
 * (.doc/.xls/.ppt, Kingsoft WPS) and Office's wrapper around password-protected OOXML all share this
 * container and differ only by their stream names. Only the header, the FAT sectors on the
 * directory's chain and the directory itself are read.
 */

export const CFB_SIGNATURE = Buffer.from('D0CF11E0A1B11AE1', 'hex');

const MAX_REGULAR_SECTOR = 0xfffffffa;
const ENTRY_SIZE = 128;
/** A directory longer than this is damaged or hostile (a loop the visited set did not catch). */
const MAX_DIRECTORY_SECTORS = 20_000;

/**
 * Lists every storage and stream name in the compound file.
 * @throws Error with a short English reason when the header or the directory chain is damaged.
 */
export async function readCfbEntryNames(reader: ByteReader): Promise<string[]> {
  const header = await reader.read(0, 512);
  if (header.length < 512 || !header.subarray(0, 8).equals(CFB_SIGNATURE)) throw new Error('no compound-file header');
  const sectorShift = header.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) throw new Error(`bad sector shift ${sectorShift}`);
  const sectorSize = 1 << sectorShift;
  const perSector = sectorSize / 4;
  const fatSectorCount = header.readUInt32LE(0x2c);
  const firstDirectorySector = header.readUInt32LE(0x30);
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;

  // The DIFAT: 109 FAT sector numbers in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) fatSectors.push(header.readUInt32LE(0x4c + i * 4));
  let difat = header.readUInt32LE(0x44);
  const seenDifat = new Set<number>();
  while (fatSectors.length < fatSectorCount && difat < MAX_REGULAR_SECTOR) {
    if (seenDifat.has(difat)) throw new Error('DIFAT chain loops');
    seenDifat.add(difat);
    const block = await reader.read(sectorOffset(difat), sectorSize);
    if (block.length < sectorSize) throw new Error('DIFAT sector past end of file');
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatSectorCount; i++) fatSectors.push(block.readUInt32LE(i * 4));
    difat = block.readUInt32LE(sectorSize - 4);
  }

  const fatCache = new Map<number, Buffer>();
  async function next(sector: number): Promise<number> {
    const index = Math.floor(sector / perSector);
    const fatSector = fatSectors[index];
    if (fatSector === undefined || fatSector >= MAX_REGULAR_SECTOR) throw new Error(`sector ${sector} not covered by the FAT`);
    let block = fatCache.get(index);
    if (!block) {
      block = await reader.read(sectorOffset(fatSector), sectorSize);
      if (block.length < sectorSize) throw new Error('FAT sector past end of file');
      fatCache.set(index, block);
    }
    return block.readUInt32LE((sector % perSector) * 4);
  }

  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = firstDirectorySector; sector < MAX_REGULAR_SECTOR; sector = await next(sector)) {
    if (seen.has(sector)) throw new Error('directory chain loops');
    if (seen.size >= MAX_DIRECTORY_SECTORS) throw new Error('directory too long');
    seen.add(sector);
    const block = await reader.read(sectorOffset(sector), sectorSize);
    if (block.length < sectorSize) throw new Error('directory sector past end of file');
    for (let at = 0; at + ENTRY_SIZE <= block.length; at += ENTRY_SIZE) {
      const type = block[at + 0x42];
      const nameBytes = block.readUInt16LE(at + 0x40);
      if ((type === 1 || type === 2 || type === 5) && nameBytes >= 2 && nameBytes <= 64) {
        names.push(block.toString('utf16le', at, at + nameBytes - 2));
      }
    }
  }
  if (names.length === 0) throw new Error('empty directory');
  return names;
}
