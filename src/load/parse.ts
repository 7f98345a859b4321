import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  visit,
  type YAMLMap,
} from 'yaml';
import type { Diagnostic } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../model/types.js';

import { isForbiddenKey } from './keys.js';
import { noPositions, type Position, type SourceMap } from '../model/source.js';

// Only for src/compare/assess.ts until compare imports model/source.js itself (issue 13).
export { noPositions, type SourceMap } from '../model/source.js';

export interface Parsed {
  value: unknown;
  source: SourceMap;
  /** The YAML document (for editing with comments kept); absent where parsing failed. */
  document?: Document.Parsed;
  diagnostics: Diagnostic[];
}

/** Aliases are legal YAML, but a few dozen expanding into each other is a "billion laughs" bomb. */
const MAX_ALIAS_COUNT = 100;
/**
 * How far those aliases may expand (the `yaml` package's own count): generous
 * for real files, which repeat a block a few times, and far below what a
 * nested bomb needs.
 */
const MAX_ALIAS_EXPANSION = 10_000;

/** The alias nodes written in the document (`*name`), not their expansion. */
function aliasCount(document: Document): number {
  let count = 0;
  visit(document, {
    Alias() {
      count += 1;
    },
  });
  return count;
}

/**
 * Parse the text of one YAML file into a plain value with positions. Pure:
 * every problem becomes a diagnostic (never an exception), so a caller can
 * report all of them at once.
 */
export function parseYaml(text: string, file: string, lang: Lang): Parsed {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const error = (code: string, pos: Position, message: string): void => {
    diagnostics.push({ severity: 'error', code, file, ...pos, message });
  };

  const docs = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    // The package compares each key with every earlier one (quadratic);
    // checkNodes() finds duplicates with a set, after the keys are decoded.
    uniqueKeys: false,
    strict: true,
  });
  const list = Array.isArray(docs) ? docs : [];
  const first = list[0];
  if (!first || first.contents === null || isEmptyScalar(first.contents)) {
    if (list.length <= 1 && (!first || first.errors.length === 0)) {
      error('empty-file', { line: 0, col: 0 }, t(lang, 'parse.empty'));
      return { value: undefined, source: noPositions(file), diagnostics };
    }
  }
  if (list.length > 1) {
    const second = list[1];
    const offset = second?.range[0] ?? 0;
    error(
      'multiple-documents',
      at(offset),
      t(lang, 'parse.multipleDocuments', { count: list.length }),
    );
  }
  for (const doc of list.slice(0, 1)) {
    for (const e of syntaxProblems([...doc.errors, ...doc.warnings], text, at)) {
      const indent = KEY_PLACE.has(e.code) ? keyIndent(text, e.pos.line) : undefined;
      error(
        `yaml-${e.code.toLowerCase()}`,
        e.pos,
        indent
          ? t(lang, 'parse.keyIndent', { ...indent, key: indent.key })
          : yamlMessage(e.code, e.message, lang),
      );
    }
  }
  if (!first || diagnostics.length > 0) {
    return { value: undefined, source: sourceMap(file, first, at), diagnostics };
  }

  for (const problem of checkNodes(first, text)) {
    error(problem.code, at(problem.offset), t(lang, problem.key, problem.params));
  }
  if (diagnostics.length > 0) {
    return { value: undefined, source: sourceMap(file, first, at), diagnostics };
  }

  if (aliasCount(first) > MAX_ALIAS_COUNT) {
    error('alias-bomb', { line: 1, col: 1 }, t(lang, 'parse.aliasBomb', { max: MAX_ALIAS_COUNT }));
    return { value: undefined, source: sourceMap(file, first, at), diagnostics };
  }
  let value: unknown;
  try {
    value = first.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const code = /alias/i.test(message) ? 'alias-bomb' : 'yaml-resolve';
    error(
      code,
      { line: 1, col: 1 },
      t(lang, code === 'alias-bomb' ? 'parse.aliasExpansion' : 'parse.syntax', {
        max: MAX_ALIAS_COUNT,
        detail: message,
      }),
    );
  }
  return { value, source: sourceMap(file, first, at), document: first, diagnostics };
}

interface NodeProblem {
  code: string;
  offset: number;
  key: string;
  params: Record<string, string>;
}

/**
 * What the syntax allows but a catalogue or an assessment must not hold: a
 * tag (`!!int 1`, `!<tag:…>`, `%TAG`), a reserved key and a key that occurs
 * twice once decoded (`0` and `"0"` both become the key "0"). One pass, a
 * set per mapping: linear in the number of nodes. Pure.
 */
function checkNodes(doc: Document.Parsed, text: string): NodeProblem[] {
  const problems: NodeProblem[] = [];
  const tags = doc.directives.tags;
  if (
    Object.keys(tags).some((handle) => handle !== '!!' || tags[handle] !== 'tag:yaml.org,2002:')
  ) {
    problems.push({
      code: 'yaml-tag',
      offset: Math.max(0, text.search(/^%TAG/m)),
      key: 'parse.tag',
      params: { tag: '%TAG' },
    });
  }
  const offsetOf = (node: unknown): number => (node as { range?: [number] }).range?.[0] ?? 0;
  visit(doc, {
    Node(_, node) {
      if (node.tag !== undefined) {
        problems.push({
          code: 'yaml-tag',
          offset: offsetOf(node),
          key: 'parse.tag',
          params: { tag: node.tag },
        });
      }
      if (isMap(node)) problems.push(...mapKeyProblems(node, offsetOf));
    },
  });
  return problems;
}

function mapKeyProblems(map: YAMLMap, offsetOf: (node: unknown) => number): NodeProblem[] {
  const problems: NodeProblem[] = [];
  const seen = new Set<string>();
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    // as the package's toJS() turns a key into a property name (a scalar holds a primitive)
    const key = pair.key.value as string | number | boolean | bigint | null;
    const name = key === null ? '' : String(key);
    if (isForbiddenKey(name)) {
      problems.push({
        code: 'forbidden-key',
        offset: offsetOf(pair.key),
        key: 'parse.forbiddenKey',
        params: { key: name },
      });
    } else if (seen.has(name)) {
      problems.push({
        code: 'yaml-duplicate_key',
        offset: offsetOf(pair.key),
        key: 'parse.duplicateKey',
        params: { key: name },
      });
    }
    seen.add(name);
  }
  return problems;
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && (node.value === null || node.value === '') && node.source === '';
}

function sourceMap(
  file: string,
  doc: Document.Parsed | undefined,
  at: (offset: number) => Position,
): SourceMap {
  return {
    file,
    locate(path, where = 'value') {
      let node: unknown = doc?.contents;
      let found: { key?: Node; value?: Node } = { value: node as Node };
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find(
            (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
          );
          if (!pair) break;
          found = { key: pair.key as Node, value: pair.value as Node };
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment] as Node | undefined;
          if (!item) break;
          found = { value: item };
          node = item;
        } else {
          break;
        }
      }
      const target = (where === 'key' ? found.key : undefined) ?? found.value ?? found.key;
      const range = (target as { range?: [number, number, number] } | undefined)?.range;
      return range ? at(range[0]) : { line: 1, col: 1 };
    },
  };
}

/** Codes the package gives for a key that is not where its mapping expects it. */
const KEY_PLACE = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

/**
 * One message per mistake: the package reports a tab once per line and a
 * mis-indented key twice, at the end of the line above. Keeps the first
 * problem of each line, a tab only once per file, and moves a key problem
 * found at a line's end to the line of the key. Pure.
 */
function syntaxProblems(
  errors: readonly { code: string; message: string; pos: [number, number] }[],
  text: string,
  at: (offset: number) => Position,
): { code: string; message: string; pos: Position }[] {
  const out: { code: string; message: string; pos: Position }[] = [];
  const lines = new Set<number>();
  let tab = false;
  for (const e of errors) {
    let offset = e.pos[0];
    if (KEY_PLACE.has(e.code)) offset = keyLineOffset(text, offset);
    const pos = at(offset);
    if (lines.has(pos.line) || (e.code === 'TAB_AS_INDENT' && tab)) continue;
    lines.add(pos.line);
    tab ||= e.code === 'TAB_AS_INDENT';
    out.push({ code: e.code, message: e.message, pos });
  }
  return out;
}

/**
 * Where a key-place problem really is: the package points at the value
 * before the mis-indented key (`a: 1` above `   b: 2`). Where the rest of
 * that line holds no key (no `: `), the problem is the key on the next line.
 */
function keyLineOffset(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (/:(?:\s|$)/.test(text.slice(offset, end))) return offset;
  let next = end + 1;
  while (next < text.length && text[next] === ' ') next += 1;
  return next < text.length ? next : offset;
}

/**
 * A key indented deeper than the key on the line above, where that key has a
 * value (so it cannot open a block): how deep it is and how deep it should
 * be, in spaces. Undefined where the lines do not look like that.
 */
function keyIndent(
  text: string,
  line: number,
): { key: string; found: number; expected: number } | undefined {
  const lines = text.split(/\r?\n/);
  const own = lines[line - 1];
  const match = own === undefined ? null : /^( *)([^\s#:][^:]*):(?:\s|$)/.exec(own);
  if (!match) return undefined;
  const found = match[1]?.length ?? 0;
  for (let i = line - 2; i >= 0; i--) {
    const above = lines[i] ?? '';
    if (above.trim() === '' || above.trimStart().startsWith('#')) continue;
    const sibling = /^( *)[^\s#:][^:]*:\s+\S/.exec(above);
    const expected = sibling?.[1]?.length;
    if (expected === undefined || expected >= found) return undefined;
    return { key: (match[2] ?? '').trim(), found, expected };
  }
  return undefined;
}

const YAML_CODES: Partial<Record<string, string>> = {
  BAD_INDENT: 'parse.badIndent',
  TAB_AS_INDENT: 'parse.tabIndent',
  MISSING_CHAR: 'parse.missingChar',
  BLOCK_AS_IMPLICIT_KEY: 'parse.keyPlace',
  MULTILINE_IMPLICIT_KEY: 'parse.keyPlace',
  TAG_RESOLVE_FAILED: 'parse.unknownTag',
  MULTIPLE_DOCS: 'parse.multipleDocumentsShort',
};

function yamlMessage(code: string, original: string, lang: Lang): string {
  if (/call stack/i.test(original)) return t(lang, 'parse.tooDeep');
  const key = YAML_CODES[code];
  const detail = original
    .replace(/\s+/g, ' ')
    .replace(/ at line \d+, column \d+.*$/, '')
    .trim();
  return key ? t(lang, key, { detail }) : t(lang, 'parse.syntax', { detail });
}
