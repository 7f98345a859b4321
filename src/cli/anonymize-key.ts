import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import type { Lang } from '../model/types.js';

/** A key file holds 32 random bytes as 64 hexadecimal digits (and a newline). */
const KEY_TEXT = /^[0-9a-f]{64}$/i;

/**
 * The secret key of `--anonymize-key <file>`: read from the file, or, where
 * there is none, drawn at random and stored there, readable by the owner
 * only (mode 0600). The file is created exclusively, so an existing one is
 * never replaced. Returns the key and whether the file was created.
 */
export async function readPseudonymKey(
  file: string,
  lang: Lang,
): Promise<{ key: Uint8Array; created: boolean }> {
  const fail = (key: string, params: Record<string, string> = {}): never => {
    throw new InputError(t(lang, key, { file, ...params }));
  };
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ENOENT') fail('compare.error.keyUnreadable', { reason: code ?? String(error) });
  }
  if (text !== undefined) {
    const hex = text.trim();
    if (!KEY_TEXT.test(hex)) fail('compare.error.keyFormat');
    return { key: Buffer.from(hex, 'hex'), created: false };
  }
  const key = randomBytes(32);
  try {
    await writeFile(file, `${key.toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Created by another run in the meantime: use that one.
    if ((error as { code?: string }).code === 'EEXIST') return readPseudonymKey(file, lang);
    fail('compare.error.keyUnwritable', { reason: (error as { code?: string }).code ?? '' });
  }
  return { key, created: true };
}
