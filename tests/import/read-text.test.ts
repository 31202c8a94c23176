import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/pipeline/errors.ts';
import { readTextFile } from '../../src/pipeline/import/read-text.ts';
import { seedFiles, tempDir, tempFile } from './helpers.ts';

async function readError(path: string): Promise<InputError> {
  const error: unknown = await readTextFile(path).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof InputError)) throw new Error(`expected an InputError for ${path}, got ${String(error)}`);
  expect(error.file).toBe(path);
  return error;
}

describe('readTextFile', () => {
  it('reads the seeds', async () => {
    for (const seed of await seedFiles()) {
      expect((await readTextFile(seed)).length).toBeGreaterThan(100);
    }
  });

  it('strips a byte order mark and turns CRLF and CR into LF', async () => {
    const path = await tempFile('a.txt', '\uFEFFHeadline\r\nOne.\rTwo.\r\n');
    expect(await readTextFile(path)).toBe('Headline\nOne.\nTwo.\n');
  });

  it('keeps non-ASCII text and tabs', async () => {
    const path = await tempFile('a.txt', 'Erdoğan’s “offer”\tstands.');
    expect(await readTextFile(path)).toBe('Erdoğan’s “offer”\tstands.');
  });

  it('refuses a file that does not exist', async () => {
    const error = await readError(`${await tempDir()}/missing.txt`);
    expect(error.message).toMatch(/cannot be read: there is no such file/);
  });

  it('refuses a folder', async () => {
    expect((await readError(await tempDir())).message).toMatch(/cannot be read/);
  });

  it('refuses an empty file and one holding only whitespace', async () => {
    expect((await readError(await tempFile('empty.txt', ''))).message).toBe('the file is empty');
    expect((await readError(await tempFile('blank.txt', ' \n\t\r\n  '))).message).toBe('the file is empty');
  });

  it('refuses a binary file', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect((await readError(await tempFile('image.txt', png))).message).toMatch(/not a text file.*NUL/);
  });

  it('refuses a UTF-16 file', async () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect((await readError(await tempFile('utf16.txt', utf16))).message).toMatch(/not a text file/);
  });

  it('refuses a file of control characters', async () => {
    const controls = Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x1b, 0x7f, 0x05, 0x42]);
    expect((await readError(await tempFile('controls.txt', controls))).message).toMatch(/full of control characters/);
  });

  it('refuses a file that is not UTF-8', async () => {
    // "Café." in Latin-1.
    const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x2e]);
    expect((await readError(await tempFile('latin1.txt', latin1))).message).toMatch(/not valid UTF-8/);
  });
});
