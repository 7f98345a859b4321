/**
 * How a conformance case is judged: every key present in the expected
 * document must be in the actual result with an equal value; numbers agree
 * within {@link TOLERANCE}, everything else exactly; lists agree entry by
 * entry, in order and in length. Keys the expected document leaves out are
 * not compared, so a case pins only the contract fields it names.
 */

/** Scores, coverage and gains are reported to one decimal: within half a unit of it they agree. */
export const TOLERANCE = 0.05;
/** Binary fractions: 42.25 − 42.2 is 0.0500000000000043, which must still agree. */
const EPSILON = 1e-9;

export interface Disagreement {
  /** Where, e.g. `dimensions[1].criteria[0].score`; `` for the whole document. */
  path: string;
  expected: unknown;
  /** `undefined` where the key is missing from the result. */
  actual: unknown;
}

export function agree(expected: unknown, actual: unknown, path = ''): Disagreement[] {
  if (typeof expected === 'number') {
    const close = typeof actual === 'number' && Math.abs(expected - actual) <= TOLERANCE + EPSILON;
    return close ? [] : [{ path, expected, actual }];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [{ path, expected, actual }];
    }
    return expected.flatMap((item, i) => agree(item, actual[i], `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [{ path, expected, actual }];
    }
    const fields = actual as Record<string, unknown>;
    return Object.entries(expected).flatMap(([key, value]) =>
      agree(value, Object.hasOwn(fields, key) ? fields[key] : undefined, join(path, key)),
    );
  }
  return expected === actual ? [] : [{ path, expected, actual }];
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
