/**
 * Files out of a drag and drop that may hold whole folders (a scanner writes one folder per stack).
 * Folders are walked recursively; system files (.DS_Store, Thumbs.db) and non-images are left out.
 */

const imageName = /\.(tiff?|jpe?g|png|jp2|j2k|jpx|bmp|gif|webp)$/i;

export function isPageImageName(name: string): boolean {
  return !name.startsWith('.') && name.toLowerCase() !== 'thumbs.db' && imageName.test(name);
}

/** Whether the drop holds at least one folder (then the caller walks it instead of the input). */
export function dropHasFolder(dataTransfer: DataTransfer): boolean {
  return [...dataTransfer.items].some((item) => item.kind === 'file' && item.webkitGetAsEntry()?.isDirectory);
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, prefix: string, out: Array<{ file: File; path: string }>): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    if (isPageImageName(file.name)) out.push({ file, path: `${prefix}${file.name}` });
    return;
  }
  if (entry.isDirectory) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    for (const child of children) await walk(child, `${prefix}${entry.name}/`, out);
  }
}

/** Every page image in the dropped files and folders, with its path inside the drop. */
export async function droppedFiles(dataTransfer: DataTransfer): Promise<Array<{ file: File; path: string }>> {
  // Entries must be taken synchronously, before the first await: the DataTransfer empties after the event.
  const entries = [...dataTransfer.items].map((item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => !!e);
  const out: Array<{ file: File; path: string }> = [];
  for (const entry of entries) await walk(entry, '', out);
  return out;
}
