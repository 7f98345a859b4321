import { access } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../model/types.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is kept and the write fails. */
  force?: boolean;
  lang: Lang;
  /** Where output without a path goes (default: process.stdout). */
  stdout?: NodeJS.WritableStream;
}

/**
 * The one place output leaves the program: to stdout without a path, else to
 * a file written atomically (a temporary file renamed over the target), so a
 * crash never leaves half a file and nothing a user wrote is replaced unless
 * they asked with `--force`.
 */
export async function write(
  content: string | Buffer,
  path: string | undefined,
  options: WriteOptions,
): Promise<void> {
  if (path === undefined || path === '-') {
    await writeStream(options.stdout ?? process.stdout, content);
    return;
  }
  if (!options.force && (await fileExists(path))) {
    throw new InputError(t(options.lang, 'write.exists', { file: path }));
  }
  await writeFileAtomicOrExplain(path, content, options.lang);
}

/** Atomic write that always replaces (for files the program owns, such as an autosave). */
export async function writeFileAtomicOrExplain(
  path: string,
  content: string | Buffer,
  lang: Lang,
): Promise<void> {
  try {
    // Loaded on first use: commands that print to stdout never pay for it.
    const { default: writeFileAtomic } = await import('write-file-atomic');
    await writeFileAtomic(path, content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(t(lang, 'write.failed', { file: path, reason }));
  }
}

/** Whether a path exists (file or folder). */
export async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function writeStream(stream: NodeJS.WritableStream, content: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(content, (error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}
