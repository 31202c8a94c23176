import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.ts';
import { errnoCode } from './errno.ts';

/** Plain words for the read failures a person can fix; anything else keeps Node's message. */
const READ_FAILURES: Record<string, string> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
};

/** Control characters other than tab, line feed, form feed and carriage return (C0, DEL and C1). */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/** Real text has next to no control characters; a file with more than this share is data, not an article. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Reads a UTF-8 text file and returns its text with the BOM removed and every
 * line ending turned into `\n`. Throws an `InputError` naming `path` when the
 * file cannot be read, is not UTF-8 text, or holds nothing but whitespace.
 */
export async function readTextFile(path: string): Promise<string> {
  const bytes = await readBytes(path);
  if (bytes.includes(0)) throw new InputError(path, 'is not a text file (it contains NUL bytes, as binary and UTF-16 files do)');
  const text = decodeUtf8(bytes, path);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE) throw new InputError(path, 'is not a text file (it is full of control characters)');
  if (text.trim() === '') throw new InputError(path, 'the file is empty');
  return text.replace(/\r\n?/g, '\n');
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = errnoCode(error);
    const reason = (code === undefined ? undefined : READ_FAILURES[code]) ?? String(error);
    throw new InputError(path, `cannot be read: ${reason}`);
  }
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    // The decoder also drops a leading byte order mark (its `ignoreBOM` is off).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(path, 'is not valid UTF-8 text (save it as UTF-8)');
  }
}
