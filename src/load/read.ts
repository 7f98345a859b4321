import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { formatNumber, t } from '../i18n/index.js';
import type { Lang } from '../model/types.js';
import { decodeText, MAX_FILE_BYTES } from './decode.js';

/**
 * Read one YAML file as text, as a promise. Synchronous underneath: a command
 * reads a few small files one after the other, and the thread-pool round
 * trips of the promise API cost more start-up time than they could save.
 */
export function readTextFile(file: string, lang: Lang, cwd?: string): Promise<string> {
  // A throw in the executor rejects the promise with the InputError.
  return new Promise((resolve) => {
    resolve(readTextFileSync(file, lang, cwd));
  });
}

/**
 * Read one YAML file as text. Every way a path can be wrong (missing, a
 * folder, unreadable, too large, not text) becomes an InputError that names
 * the file.
 */
export function readTextFileSync(file: string, lang: Lang, cwd?: string): string {
  // Messages name the file as the user wrote it; reading resolves it against the working folder.
  const path = cwd === undefined ? file : resolve(cwd, file);
  const fail = (key: string, params: Record<string, string | number> = {}): never => {
    throw new InputError('', [
      { severity: 'error', code: key, file, line: 0, col: 0, message: t(lang, key, params) },
    ]);
  };
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) fail('read.directory');
    if (!info.isFile()) fail('read.notFile');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    return fail(errnoKey(error), { reason: String(error) });
  }
  if (size > MAX_FILE_BYTES) {
    // Exact bytes: a rounded "4,0 MiB" beside "4 MiB" would not say what is too much.
    fail('read.tooLarge', {
      size: formatNumber(size, lang, 0),
      max: formatNumber(MAX_FILE_BYTES, lang, 0),
      mib: MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail(errnoKey(error), { reason: String(error) });
  }
  const decoded = decodeText(bytes, file, lang);
  if ('error' in decoded) throw new InputError('', [decoded.error]);
  return decoded.text;
}

function errnoKey(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'read.missing';
  if (code === 'EACCES' || code === 'EPERM') return 'read.permission';
  if (code === 'EISDIR') return 'read.directory';
  return 'read.failed';
}
