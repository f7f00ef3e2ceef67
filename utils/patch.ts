/**
 * What a form changed, as a patch for a repository's `update` (which reads
 * and writes the record in one transaction): only these fields are written,
 * so what another page changed meanwhile in other fields is kept.
 */

/**
 * The `keys` whose value in `after` differs from `before` (compared by
 * value). A field `after` leaves out that `before` had is `undefined` in the
 * patch: the update removes it.
 */
export function changedFields<T extends object>(before: Partial<T>, after: Partial<T>, keys: readonly (keyof T)[]): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of keys) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) patch[key] = after[key];
  }
  return patch;
}
