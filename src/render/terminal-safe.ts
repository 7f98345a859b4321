/**
 * Text from files (names, keys, notes, file names) shown in a terminal: C0
 * and C1 control characters, DEL and the bidi controls that reorder what is
 * shown (U+202A–U+202E, U+2066–U+2069, and the marks U+061C, U+200E, U+200F)
 * are written as visible escapes (`\x1b`, `\u202e`), so a name such as
 * `X\e]0;PWNED\a\e[2J` cannot set the window title or clear the screen, and
 * `invoice\u202Etxt.exe` reads as what it is. A line break stays a line break
 * where the text has several lines (`lines: true`, the default), a tab stays
 * a tab. Used by every module that prints to a terminal, on the text before
 * its colour is added. Pure.
 */

const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_LINE =
  // eslint-disable-next-line no-control-regex -- the same, with the line break escaped too
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const UNSAFE_TEST = new RegExp(UNSAFE_IN_LINE.source);

/** Whether a one-line text (a name typed or given as a flag) holds a line break or control character. */
export function hasControlCharacters(text: string): boolean {
  return UNSAFE_TEST.test(text);
}

export function terminalSafe(text: string, options: { lines?: boolean } = {}): string {
  const pattern = options.lines === false ? UNSAFE_IN_LINE : UNSAFE;
  return text.replace(pattern, escapeChar);
}

/** One line of text (a name, a key, a file name): a line break is shown as `\n`. */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text, { lines: false });
}

function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  const hex = code.toString(16);
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}
