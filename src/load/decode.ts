import type { Diagnostic } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../model/types.js';

/** Files larger than this are refused: no catalogue or assessment comes near it. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turn a file's bytes into text, or say why they are not a YAML text file:
 * UTF-16, binary content or invalid UTF-8. A UTF-8 byte order mark is dropped.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  lang: Lang,
): { text: string } | { error: Diagnostic } {
  const fail = (code: string, key: string): { error: Diagnostic } => ({
    error: { severity: 'error', code, file, line: 0, col: 0, message: t(lang, key) },
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('utf16', 'read.utf16');
  }
  // Anywhere in the file, not only at its start: both parsers must see the same text.
  if (bytes.includes(0)) return fail('binary', 'read.binary');
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return fail('not-utf8', 'read.notUtf8');
  }
}
