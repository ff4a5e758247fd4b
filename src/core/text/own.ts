/**
 * A record's own entry, never one inherited from Object.prototype: ids come from files, and
 * `answers['constructor']` on a plain object is a function, not "no answer" (an info screen named
 * constructor was shown again forever). Use this, or a Map, for every lookup by id.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
