import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OcflStoreExistsError, OcflStoreNotFoundError, readText, type OcflStore } from './ocfl-store.js';

/** A fresh, empty store and how to dispose of it. */
export interface StoreFixture {
  store: OcflStore;
  cleanup(): Promise<void>;
}

/**
 * The behaviour every `OcflStore` must show (ocfl-java style: one contract, run on disk and on S3).
 * Call it from a test file: `ocflStoreContract('fs', async () => …)`.
 */
export function ocflStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`OcflStore contract: ${name}`, () => {
    let fixture: StoreFixture;
    let store: OcflStore;
    beforeEach(async () => {
      fixture = await makeStore();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('writes and reads back strings, bytes and streams, creating parent directories', async () => {
      expect(await store.write('a/b/one.txt', 'hello')).toEqual({ size: 5 });
      expect(await store.write('a/two.bin', new Uint8Array([1, 2, 3]))).toEqual({ size: 3 });
      expect(await store.write('a/b/c/three.txt', Readable.from([Buffer.from('卷'), Buffer.from('宗')]))).toEqual({ size: 6 });
      expect(await readText(store, 'a/b/one.txt')).toBe('hello');
      expect(await readText(store, 'a/b/c/three.txt')).toBe('卷宗');
    });

    it('replaces an existing file as a whole', async () => {
      await store.write('f.txt', 'old content that is longer');
      await store.write('f.txt', 'new');
      expect(await readText(store, 'f.txt')).toBe('new');
      expect(await store.stat('f.txt')).toEqual({ type: 'file', size: 3 });
    });

    it('leaves no file behind when the source fails mid-way', async () => {
      async function* failing(): AsyncGenerator<Buffer> {
        yield Buffer.from('partial');
        throw new Error('source broke');
      }
      await expect(store.write('x/broken.txt', Readable.from(failing()))).rejects.toThrow(/source broke/);
      expect(await store.exists('x/broken.txt')).toBe(false);
      expect(await store.listFiles('')).toEqual([]);
    });

    it('lists direct children sorted, with types, and every file recursively with sizes', async () => {
      await store.write('d/b.txt', 'bb');
      await store.write('d/a.txt', 'a');
      await store.write('d/sub/c.txt', 'ccc');
      expect(await store.list('d')).toEqual([
        { name: 'a.txt', type: 'file' },
        { name: 'b.txt', type: 'file' },
        { name: 'sub', type: 'directory' },
      ]);
      expect(await store.listFiles('d')).toEqual([
        { path: 'd/a.txt', size: 1 },
        { path: 'd/b.txt', size: 2 },
        { path: 'd/sub/c.txt', size: 3 },
      ]);
      expect(await store.list('missing')).toEqual([]);
      expect(await store.listFiles('missing')).toEqual([]);
    });

    it('tells files, directories and nothing apart', async () => {
      await store.write('d/f.txt', 'x');
      expect(await store.exists('d/f.txt')).toBe(true);
      expect(await store.exists('d')).toBe(true);
      expect(await store.exists('nope')).toBe(false);
      expect(await store.stat('d')).toEqual({ type: 'directory', size: 0 });
      expect(await store.stat('nope')).toBeNull();
      await expect(store.read('nope.txt')).rejects.toBeInstanceOf(OcflStoreNotFoundError);
      await expect(store.read('d')).rejects.toBeInstanceOf(OcflStoreNotFoundError);
    });

    it('moves a whole directory and refuses to overwrite an existing one', async () => {
      await store.write('stage/v1/content/a.txt', 'a');
      await store.write('stage/v1/inventory.json', '{}');
      await store.moveDirectory('stage/v1', 'obj/v1');
      expect((await store.listFiles('obj')).map((f) => f.path)).toEqual(['obj/v1/content/a.txt', 'obj/v1/inventory.json']);
      expect(await store.exists('stage/v1')).toBe(false);

      await store.write('stage/v1/other.txt', 'b');
      await expect(store.moveDirectory('stage/v1', 'obj/v1')).rejects.toBeInstanceOf(OcflStoreExistsError);
      expect(await readText(store, 'obj/v1/content/a.txt')).toBe('a');
      await expect(store.moveDirectory('stage/none', 'obj/v9')).rejects.toBeInstanceOf(OcflStoreNotFoundError);
    });

    it('deletes files and whole directories, and deleting nothing is fine', async () => {
      await store.write('keep/k.txt', 'k');
      await store.write('gone/a/b.txt', 'b');
      await store.write('gone/c.txt', 'c');
      await store.delete('gone/c.txt');
      expect(await store.exists('gone/c.txt')).toBe(false);
      await store.delete('gone');
      await store.delete('gone');
      expect(await store.exists('gone')).toBe(false);
      expect((await store.list('')).map((e) => e.name)).toEqual(['keep']);
    });

    it('refuses keys that could leave the store', async () => {
      for (const key of ['../x', '/abs', 'a//b', 'a/./b', 'a\\b']) {
        await expect(store.write(key, 'x')).rejects.toThrow(TypeError);
      }
    });
  });
}
