import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';
import { hasSuspectKey } from './keys.js';

/**
 * The fast parse of `compare`: js-yaml (about ten times faster than the
 * `yaml` package, but without positions) with a schema that resolves plain
 * scalars exactly as the `yaml` package's YAML 1.2 core schema does, the one
 * `src/load/parse.ts` uses. js-yaml's own schemas differ: its default one
 * reads `2026-11-20` as a Date, its CORE_SCHEMA accepts `1_000`, `0b101` and
 * merge keys. The regular expressions below are those of `yaml`'s core schema.
 *
 * Where a text uses a feature whose handling could differ between the two
 * parsers (anchors, aliases, merge keys, tags, directives, several
 * documents, keys that reach a prototype), `parseYamlFast` declines and the
 * caller takes the exact path. It also declines wherever js-yaml throws, and
 * wherever the exact parser would report something js-yaml lets pass: a CR
 * without LF (an old Mac line ending), a tab in a line's indentation, a key
 * over 1,024 characters or a reserved key (checked after decoding, so
 * `"\x5f_proto__"` is `__proto__`).
 * Declining is always safe: the exact path is the reference.
 */
// Every plain scalar, keys included, is offered to each resolver in turn; a
// look at the first character turns most text away before any regular
// expression runs.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Could the scalar be a number: it starts with a digit, a sign or a dot. */
const numberStart = (data: string): boolean => {
  const c = data.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
};

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || (data.length <= 4 && NULL.test(data)),
  construct: () => null,
});
const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) =>
    data !== null && (data.length === 4 || data.length === 5) && BOOL.test(data),
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
});
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) =>
    data !== null &&
    numberStart(data) &&
    (INT.test(data) || INT_OCT.test(data) || INT_HEX.test(data)),
  construct: (data: string) => {
    if (data.startsWith('0o')) return parseInt(data.substring(2), 8);
    if (data.startsWith('0x')) return parseInt(data.substring(2), 16);
    return parseInt(data, 10);
  },
});
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) =>
    data !== null &&
    numberStart(data) &&
    (FLOAT_NAN_INF.test(data) || FLOAT_EXP.test(data) || FLOAT.test(data)),
  construct: (data: string) => {
    if (/nan$/i.test(data)) return NaN;
    if (/inf$/i.test(data)) return data.startsWith('-') ? -Infinity : Infinity;
    return parseFloat(data);
  },
});

export const YAML12_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [nullType, boolType, intType, floatType],
});

/**
 * Features the fast path leaves to the exact parser: an anchor or alias
 * (`&a`, `*a`) or a tag (`!x`) where a node starts, a merge key, a
 * directive (`%YAML 1.1` would switch the exact parser's schema), and keys
 * the exact parser refuses. Several documents make js-yaml throw. The
 * cheap substring tests run first; the regular expression only where one of
 * its characters occurs at all.
 */
const NODE_PROPERTY = /(?:^|[\s[{,:-])[&*!][^\s,\]}]|^%/m;
const WORDS = ['<<', '__proto__', 'constructor', 'prototype'];
/** A CR not followed by LF, or a tab among a line's leading spaces. */
const LINE_START_HAZARD = /\r(?!\n)|^ *\t/m;

export function declinesFastPath(text: string): boolean {
  for (const word of WORDS) if (text.includes(word)) return true;
  if ((text.includes('\r') || text.includes('\t')) && LINE_START_HAZARD.test(text)) return true;
  if (!/[&*!%]/.test(text)) return false;
  return NODE_PROPERTY.test(text);
}

/** The plain value of a YAML text, or undefined where the exact parser must decide. Pure. */
export function parseYamlFast(text: string): { value: unknown } | undefined {
  if (declinesFastPath(text)) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: YAML12_CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  return hasSuspectKey(value) ? undefined : { value };
}
