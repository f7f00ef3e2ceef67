import { describe, expect, it } from 'vitest';
import type { Person } from '@/utils/model';
import { idsInName, matchPeople, normalizeEmployeeId, normalizeName } from '@/utils/people/match';

const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
  id,
  name,
  aliases: [],
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

const jane = person('p_jane', 'Jane Doe', { employeeId: 'E-10482', aliases: ['J. Doe'] });
const janeS = person('p_janes', 'Jane Smith');
const zoe = person('p_zoe', 'Zoë Ångström-Müller');
const team = [jane, janeS, zoe];
const ids = (list: Person[]) => list.map((p) => p.id);

describe('normalizeName', () => {
  it('ignores accents, case, punctuation and spacing', () => {
    expect(normalizeName('  Zoë   ÅNGSTRÖM-Müller ')).toBe('zoe angstrom muller');
  });
  it('turns "Last, First" around and drops ids in parentheses', () => {
    expect(normalizeName('Doe, Jane')).toBe('jane doe');
    expect(normalizeName('Jane Doe (E-10482)')).toBe('jane doe');
    expect(normalizeName('Doe, Jane [E-10482]')).toBe('jane doe');
  });
  it('reads ids in parentheses', () => {
    expect(idsInName('Jane Doe (E-10482)')).toEqual(['E-10482']);
    expect(idsInName('Jane Doe (Sales)')).toEqual([]);
    expect(normalizeEmployeeId(' e-10482 ')).toBe('e10482');
  });
});

describe('matchPeople', () => {
  it('matches diacritics-insensitively', () => {
    expect(ids(matchPeople({ name: 'zoe angstrom muller' }, team))).toEqual(['p_zoe']);
    expect(ids(matchPeople({ name: 'Ångström-Müller, Zoë' }, team))).toEqual(['p_zoe']);
  });
  it('matches "Last, First" and aliases', () => {
    expect(ids(matchPeople({ name: 'Doe, Jane' }, team))).toEqual(['p_jane']);
    expect(ids(matchPeople({ name: 'j. doe' }, team))).toEqual(['p_jane']);
  });
  it('lets an exact employee id win, given or in parentheses', () => {
    expect(ids(matchPeople({ name: 'Jane Smith', employeeId: 'e10482' }, team))).toEqual(['p_jane']);
    expect(ids(matchPeople({ name: 'Somebody Else (E-10482)' }, team))).toEqual(['p_jane']);
    // An unknown id falls back to the name.
    expect(ids(matchPeople({ name: 'Jane Smith (E-999)' }, team))).toEqual(['p_janes']);
  });
  it('never matches two people with the same first name to a full name', () => {
    expect(ids(matchPeople({ name: 'Jane Doe' }, team))).toEqual(['p_jane']);
    expect(ids(matchPeople({ name: 'Jane Smith' }, team))).toEqual(['p_janes']);
    expect(ids(matchPeople({ name: 'Jane Brown' }, team))).toEqual([]);
  });
  it('returns every candidate for a first name alone (the caller asks)', () => {
    expect(ids(matchPeople({ name: 'Jane' }, team)).sort()).toEqual(['p_jane', 'p_janes']);
  });
  it('matches nothing for an empty name or no people', () => {
    expect(matchPeople({ name: '  ' }, team)).toEqual([]);
    expect(matchPeople({ name: 'Jane Doe' }, [])).toEqual([]);
  });
});
