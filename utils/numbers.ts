/** A number as typed by a person in any of our languages: `12.5`, `12,5`, `1 234,5`. */
export function parseTypedNumber(raw: string): number | undefined | 'invalid' {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (!compact) return undefined;
  const normalized = /^-?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : 'invalid';
}
