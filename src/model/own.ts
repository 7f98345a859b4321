/**
 * Ids are data: a record keyed by criterion or dimension ids is read only
 * through its own properties, so an id such as `constructor` never picks up
 * a built-in of Object.prototype.
 */

/** The record's own value for `key`, or undefined. Pure. */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty record without a prototype, to be filled with ids as keys. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
