/**
 * Which of the people I review a name (as an HR suite or a goals file shows
 * it) is about. Pure: the sidebar, the popup and the team import share it.
 */
import type { Person } from '../model';

/**
 * A name reduced to what identifies it: accents, case, punctuation and
 * spacing aside; "Last, First" turned into "first last"; an id in
 * parentheses ("Jane Doe (E-10482)") left out.
 */
export function normalizeName(name: string): string {
  let text = name.normalize('NFKD').replace(/\p{M}/gu, '');
  text = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const comma = text.split(',');
  if (comma.length === 2 && comma[0]!.trim() && comma[1]!.trim()) text = `${comma[1]} ${comma[0]}`;
  return text
    .toLocaleLowerCase('en')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An employee id compared as HR systems write it: case and separators aside ("E-10482" = "e10482"). */
export function normalizeEmployeeId(id: string): string {
  return id.normalize('NFKC').toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The ids written in parentheses or brackets after a name: "Jane Doe (E-10482)" → ["E-10482"]. */
export function idsInName(name: string): string[] {
  return [...name.matchAll(/[([]\s*([^)\]]+?)\s*[)\]]/g)].map((match) => match[1]!).filter((id) => /\d/.test(id));
}

function namesOf(person: Person): string[] {
  return [person.name, ...person.aliases].map(normalizeName).filter(Boolean);
}

/** `short` names the same person as `full` with fewer words: "jane" in "jane doe", both words in order. */
function isPartOf(short: string, full: string): boolean {
  const words = short.split(' ');
  const others = full.split(' ');
  return words.length < others.length && words.every((word) => others.includes(word));
}

/**
 * The people a name and/or employee id can be. An exact employee id (given,
 * or in parentheses in the name) wins over names; then exact names or
 * aliases (the words in any order: "Doe Jane" = "Jane Doe"); only when no one
 * has the full name, people whose full name contains every word given ("Jane"
 * → "Jane Doe"). A full name never matches someone who only shares its first
 * name: "Jane Doe" does not match "Jane Smith". Several results mean the
 * caller must ask.
 */
export function matchPeople(query: { name?: string; employeeId?: string }, people: Person[]): Person[] {
  const ids = [query.employeeId, ...(query.name ? idsInName(query.name) : [])]
    .filter((id): id is string => !!id && !!id.trim())
    .map(normalizeEmployeeId);
  if (ids.length) {
    const byId = people.filter((person) => person.employeeId && ids.includes(normalizeEmployeeId(person.employeeId)));
    if (byId.length) return byId;
  }
  const name = query.name ? normalizeName(query.name) : '';
  if (!name) return [];
  const sorted = (text: string) => text.split(' ').sort().join(' ');
  const exact = people.filter((person) => namesOf(person).some((candidate) => candidate === name || sorted(candidate) === sorted(name)));
  if (exact.length) return exact;
  return people.filter((person) => namesOf(person).some((candidate) => isPartOf(name, candidate)));
}
