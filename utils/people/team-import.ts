/**
 * A team goals file: which person each row is for. Pure: the options page
 * shows the plan (the people it finds, the new people it would create, the
 * rows it cannot place) before the user confirms; utils/db/imports.ts
 * commits it.
 */
import type { PreviewRow } from '../import/types';
import type { Person } from '../model';
import { matchPeople, normalizeEmployeeId, normalizeName } from './match';

export type TeamRowProblem = 'no-person' | 'ambiguous-person';

export interface TeamGroup {
  /** Stable within one plan: the existing person's id, or `new:<normalised name or id>`. */
  key: string;
  /** The person the rows are for, when they exist. */
  person?: Person;
  /** Someone to create first, as the file names them. */
  newPerson?: { name: string; employeeId?: string };
  /** Data rows (1-based) for this person. */
  rows: number[];
}

export interface TeamPlan {
  groups: TeamGroup[];
  /** Rows no one can be found for, or that name several people: not imported. */
  problems: Map<number, TeamRowProblem>;
}

/**
 * Places every importable row with a person: by employee id, name or alias
 * (utils/people/match.ts). A name matching no one becomes a new person (one
 * per name or id in the file, however many rows); a name matching several is
 * a problem the user solves (an employee id column, or an alias).
 */
export function planTeamImport(rows: readonly PreviewRow[], people: readonly Person[]): TeamPlan {
  const groups = new Map<string, TeamGroup>();
  const problems = new Map<number, TeamRowProblem>();
  for (const row of rows) {
    const goal = row.goal;
    if (!goal || row.errors.length) continue;
    const name = goal.personName?.trim() ?? '';
    const employeeId = goal.employeeId?.trim() ?? '';
    if (!name && !employeeId) {
      problems.set(row.row, 'no-person');
      continue;
    }
    const matches = matchPeople({ ...(name ? { name } : {}), ...(employeeId ? { employeeId } : {}) }, [...people]);
    if (matches.length > 1) {
      problems.set(row.row, 'ambiguous-person');
      continue;
    }
    const person = matches[0];
    if (person) {
      const group = groups.get(person.id) ?? { key: person.id, person, rows: [] };
      group.rows.push(row.row);
      groups.set(person.id, group);
      continue;
    }
    const cleanName = normalizeName(name);
    if (!cleanName) {
      // An id only, and no one has it: there is no name to create someone with.
      problems.set(row.row, 'no-person');
      continue;
    }
    const key = `new:${employeeId ? `id:${normalizeEmployeeId(employeeId)}` : cleanName}`;
    const group = groups.get(key) ?? {
      key,
      newPerson: { name: displayName(name), ...(employeeId ? { employeeId } : {}) },
      rows: [],
    };
    group.rows.push(row.row);
    groups.set(key, group);
  }
  return { groups: [...groups.values()], problems };
}

/** "Doe, Jane (E-1)" → "Jane Doe": the name a new person is created with. */
export function displayName(name: string): string {
  const bare = name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
  const parts = bare.split(',');
  const turned = parts.length === 2 && parts[0]!.trim() && parts[1]!.trim() ? `${parts[1]!.trim()} ${parts[0]!.trim()}` : bare;
  return turned.slice(0, 200);
}
