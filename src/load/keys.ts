/**
 * Rules on mapping keys that both YAML parsers apply to the decoded key (so
 * `"\x5f_proto__"` counts as `__proto__`), in one place.
 */

/** Keys that could reach an object's prototype in code that reads the data naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** The `yaml` package refuses implicit keys longer than this (YAML 1.2, 7.4.1). */
export const MAX_IMPLICIT_KEY_CHARS = 1024;

/** Whether a decoded key is one of the reserved names. Pure. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/**
 * Whether any key in a plain value (objects and arrays, as js-yaml returns
 * them) is forbidden or too long, or reads "null": js-yaml names a null key
 * (`~: 1`) "null" where the `yaml` package names it "", so only the exact
 * parser may decide. Iterative, so a deeply nested value cannot
 * overflow the stack; linear in the size of the value. Pure.
 */
export function hasSuspectKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (isForbiddenKey(key) || key === 'null' || key.length > MAX_IMPLICIT_KEY_CHARS) return true;
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return false;
}
