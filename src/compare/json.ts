import type { Comparison } from './types.js';

/**
 * The comparison as JSON (format `efa-readiness/comparison/v1`): every
 * municipality and every assessment, for other tools and spreadsheets.
 */
export function renderCompareJson(c: Comparison): string {
  return [...renderCompareJsonChunks(c)].join('');
}

/**
 * The same text in pieces, so that 50,000 municipalities are written without
 * holding the whole document (hundreds of MB as one string, and again as
 * bytes): the bytes are those of `JSON.stringify(c, null, 2)` plus a newline.
 * The top-level object and its arrays and objects are walked here; every
 * entry below them is one `JSON.stringify` indented to its place (a string in
 * JSON never holds a raw newline, so indenting after each one is safe). Pure.
 */
export function* renderCompareJsonChunks(c: Comparison): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const part of prettyChunks(c, '', 2)) {
    parts.push(part);
    length += part.length;
    if (length >= PIECE) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  parts.push('\n');
  yield parts.join('');
}

/** Pieces are joined to about this many characters (a few hundred entries each). */
export const PIECE = 64 * 1024;

const STEP = '  ';

function* prettyChunks(value: unknown, indent: string, depth: number): Generator<string> {
  const json = jsonable(value);
  if (depth === 0 || json === null || typeof json !== 'object') {
    yield indented(JSON.stringify(json, null, 2), indent);
    return;
  }
  const inner = indent + STEP;
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < json.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      // as JSON.stringify does: undefined, functions and symbols in an array are null
      const item: unknown = json[i];
      yield* prettyChunks(isSkipped(jsonable(item)) ? null : item, inner, depth - 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(json as Record<string, unknown>).filter(
    ([, v]) => !isSkipped(jsonable(v)),
  );
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, v] of entries) {
    yield `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* prettyChunks(v, inner, depth - 1);
  }
  yield `\n${indent}}`;
}

/** A value as JSON.stringify sees it (after `toJSON`). */
function jsonable(value: unknown): unknown {
  const withToJson = value as { toJSON?: () => unknown } | null;
  return typeof withToJson?.toJSON === 'function' ? withToJson.toJSON() : value;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function indented(text: string | undefined, indent: string): string {
  const json = text ?? 'null';
  return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}
