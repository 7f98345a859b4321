import {
  Document,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  type Node,
  Pair,
  parseDocument,
  Scalar,
  YAMLMap,
} from 'yaml';

/** How documents are written back: flow collections as `[a, b]`, notes never folded. */
export const TO_STRING_OPTIONS = { flowCollectionPadding: false, lineWidth: 0 } as const;

export function stringifyDocument(doc: Document): string {
  return doc.toString(TO_STRING_OPTIONS);
}

/**
 * Edits applied to the text of a YAML file rather than by printing the whole
 * document again: `yaml` keeps comments, key order and unknown keys when it
 * prints, but it re-flows folded scalars (`>-`), multi-line plain scalars and
 * flow collections. Here only the pairs an edit changed are rewritten; every
 * other byte of the file stays as the person wrote it.
 *
 * Every spliced text is checked: it must parse to exactly the data of the
 * edited document and carry the same comments. Where it does not (a layout
 * this module does not know), the document printed by `yaml` is used instead,
 * so the result is never wrong, at worst reformatted. Pure.
 */
export function applyEdit(source: string, edit: (doc: Document) => void): string {
  return editDocument(source, edit).text;
}

/**
 * `applyEdit`, also giving the document of the new text (for reading, not for editing
 * again), so a caller that reads the file after every edit does not parse it once more:
 * one parse of the old text per edit, one of the spliced text to check it.
 */
export function editDocument(
  source: string,
  edit: (doc: Document) => void,
): { text: string; doc: Document } {
  // A file written on Windows keeps its line breaks: work on \n, give back \r\n.
  if (source.includes('\r\n')) {
    const edited = editDocument(source.replace(/\r\n/g, '\n'), edit);
    return { text: edited.text.replace(/\n/g, '\r\n'), doc: edited.doc };
  }
  const text = source;
  const before = parseDocument(text);
  // A deep copy keeps every node's range; cheaper than parsing the same text twice.
  const after = before.clone();
  edit(after);
  const printed = stringifyDocument(after);
  if (before.errors.length > 0) return { text: printed, doc: after };
  let candidate: string;
  try {
    candidate = splice(text, before, after);
  } catch {
    return { text: printed, doc: after };
  }
  const parsed = sameContent(candidate, after, printed);
  return parsed ? { text: candidate, doc: parsed } : { text: printed, doc: after };
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

class Unsupported extends Error {}

function splice(text: string, before: Document, after: Document): string {
  const oldRoot = before.contents;
  const newRoot = after.contents;
  if (!isMap(oldRoot) || !isMap(newRoot) || oldRoot.flow === true) throw new Unsupported();
  const edits: Replacement[] = [];
  patchMap(text, oldRoot, newRoot, edits);
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  let lastStart = Number.POSITIVE_INFINITY;
  for (const edit of edits) {
    if (edit.end > lastStart) throw new Unsupported(); // overlapping edits: leave it to the printer
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    lastStart = edit.start;
  }
  return out;
}

/** Bring the block map `oldMap` (in `text`) to the content of `newMap`, pair by pair. */
function patchMap(text: string, oldMap: YAMLMap, newMap: YAMLMap, edits: Replacement[]): void {
  const keys: unknown[] = [];
  for (const pair of [...oldMap.items, ...newMap.items]) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (!keys.includes(key)) keys.push(key);
  }
  const indent = mapIndent(text, oldMap);
  for (const key of keys) {
    const oldPair = findPair(oldMap, key);
    const newPair = findPair(newMap, key);
    if (oldPair !== undefined && newPair !== undefined) {
      patchPair(text, oldPair, newPair, indent, edits);
    } else if (oldPair === undefined && newPair !== undefined) {
      // A new key goes after the last item, as `yaml` appends it.
      const at = oldMap.range?.[2];
      if (at === undefined) throw new Unsupported();
      const lead = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
      edits.push({ start: at, end: at, text: lead + renderPair(newPair, indent) });
    } else if (oldPair !== undefined) {
      // A removed key goes with the comment lines right above it, as in the document.
      const { start, end } = pairSpan(text, oldPair);
      edits.push({ start: commentLinesAbove(text, start), end, text: '' });
    }
  }
}

function patchPair(
  text: string,
  oldPair: Pair,
  newPair: Pair,
  indent: number,
  edits: Replacement[],
): void {
  const oldValue = oldPair.value as Node | null;
  const newValue = newPair.value as Node | null;
  if (sameData(oldValue, newValue) && sameComments(oldValue, newValue)) return;
  if (oldValue === null || newValue === null) throw new Unsupported();

  // A block map on both sides: change only what changed inside.
  if (isMap(oldValue) && isMap(newValue) && oldValue.flow !== true && newValue.flow !== true) {
    if (sameComments(oldValue, newValue)) {
      patchMap(text, oldValue, newValue, edits);
      return;
    }
  }
  // A one-line value replaced by a one-line value: only the value's characters change,
  // so a comment after it on the same line stays.
  if (
    isInline(oldValue) &&
    (isScalar(newValue) || isFlow(newValue)) &&
    sameTrailingComment(oldValue, newValue)
  ) {
    const rendered = renderValue(newValue);
    const range = oldValue.range;
    if (range !== undefined && range !== null && !rendered.includes('\n')) {
      edits.push({ start: range[0], end: range[1], text: rendered });
      return;
    }
  }
  // Anything else: the whole pair anew.
  const { start, end } = pairSpan(text, oldPair);
  edits.push({ start, end, text: renderPair(newPair, indent) });
}

function isFlow(node: Node): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

/** A value written on one line in the source: a plain or quoted scalar, or a flow collection. */
function isInline(node: Node): boolean {
  if (isScalar(node))
    return node.type !== Scalar.BLOCK_FOLDED && node.type !== Scalar.BLOCK_LITERAL;
  return isFlow(node);
}

function sameData(a: Node | null, b: Node | null): boolean {
  const json = (n: Node | null): string =>
    JSON.stringify(n === null ? null : (n.toJSON() as unknown));
  return json(a) === json(b);
}

function sameComments(a: Node | null, b: Node | null): boolean {
  return a?.commentBefore === b?.commentBefore && a?.comment === b?.comment;
}

function sameTrailingComment(a: Node, b: Node): boolean {
  return a.comment === b.comment && a.commentBefore === b.commentBefore;
}

function findPair(map: YAMLMap, key: unknown): Pair | undefined {
  return map.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key);
}

/** The column at which the map's keys stand. */
function mapIndent(text: string, map: YAMLMap): number {
  const first = map.items[0];
  const start = isScalar(first?.key) ? first.key.range?.[0] : map.range?.[0];
  if (start === undefined) throw new Unsupported();
  return start - lineStart(text, start);
}

/** From the start of the key's line to the end of the value (its trailing comment and line break included). */
function pairSpan(text: string, pair: Pair): { start: number; end: number } {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  const keyStart = key?.range?.[0];
  const valueEnd = value?.range?.[2];
  if (keyStart === undefined || valueEnd === undefined) throw new Unsupported();
  const start = lineStart(text, keyStart);
  if (text.slice(start, keyStart).trim() !== '') throw new Unsupported(); // not alone on its line
  let end = valueEnd;
  if (end > 0 && text[end - 1] !== '\n') {
    const rest = text.indexOf('\n', end);
    const tail = text.slice(end, rest === -1 ? text.length : rest).trim();
    if (tail !== '') throw new Unsupported();
    end = rest === -1 ? text.length : rest + 1;
  }
  return { start, end };
}

/** The start of the run of comment-only lines that ends right above `start` (a line start). */
function commentLinesAbove(text: string, start: number): number {
  let at = start;
  while (at > 0) {
    const previous = lineStart(text, at - 1);
    if (!text.slice(previous, at).trim().startsWith('#')) break;
    at = previous;
  }
  return at;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** One pair printed by `yaml` at the given indentation, ending with a line break. */
function renderPair(pair: Pair, indent: number): string {
  const key = isScalar(pair.key) ? new Scalar(pair.key.value) : pair.key;
  const copy = new Pair(key, pair.value);
  const doc = new Document();
  const map = new YAMLMap();
  map.items.push(copy);
  doc.contents = map;
  const printed = doc.toString(TO_STRING_OPTIONS);
  const pad = ' '.repeat(indent);
  return printed
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

function renderValue(node: Node): string {
  const doc = new Document();
  const copy = node.clone() as Node;
  copy.comment = undefined;
  copy.commentBefore = undefined;
  doc.contents = copy;
  return doc.toString(TO_STRING_OPTIONS).trimEnd();
}

/**
 * The spliced text means the same as the edited document (same data, same comments):
 * its parsed document where it does, else undefined.
 */
function sameContent(candidate: string, after: Document, printed: string): Document | undefined {
  const parsed = parseDocument(candidate);
  if (parsed.errors.length > 0 || parsed.warnings.length > 0) return undefined;
  if (JSON.stringify(parsed.toJS()) !== JSON.stringify(after.toJS())) return undefined;
  return commentsOf(candidate) === commentsOf(printed) ? parsed : undefined;
}

function commentsOf(text: string): string {
  const comments: string[] = [];
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith('#')) comments.push(token.trim());
  }
  return comments.sort().join('\n');
}
