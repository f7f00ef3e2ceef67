/**
 * Whose review is this page, and who is writing it: decided from what the
 * page shows (the reviewed person's name, the logged-in user's name, the
 * form's own words), before the extension shows any prep data. Pure: no
 * extension APIs, runs in the content script and in tests.
 *
 * Rules (tests/unit/review-context.test.ts):
 * - subject and writer both known and the same person → `self`;
 * - they differ and the page is a manager's form → `manager`;
 * - they differ and it is not → `peer` (a colleague's 360° feedback, or a
 *   manager reading someone's self-evaluation);
 * - only one of them known: the page's own words decide (a manager form →
 *   `manager`, a self-evaluation form → `self`), else `unknown`;
 * - two names that may or may not be the same person ("Jane" and
 *   "Jane Doe") are never taken for the same: `unknown`.
 */
import { normalizeText, textOf } from '../dom';

export type ReviewRole = 'self' | 'manager' | 'peer' | 'unknown';

export interface ReviewSubject {
  name: string;
  employeeId?: string;
}

export interface ReviewContext {
  role: ReviewRole;
  /** The person the review is about, as the page names them. */
  subject?: ReviewSubject;
  /** The person logged in and writing (the user menu). */
  writer?: { name: string };
}

/** What a suite's pages show about who is reviewed and who writes; every reader is optional. */
export interface ContextSpec {
  /** The reviewed person's name (with an id where the page shows one), as written on the page. */
  subject?(doc: Document, url: URL): string | undefined;
  /** The logged-in user's name (user menu, avatar label). */
  writer?(doc: Document): string | undefined;
  /** The name of the reviewed person's manager, where the page shows it: a writer of that name is the manager. */
  subjectManager?(doc: Document): string | undefined;
  /** Whether the page is the manager's evaluation form (its URL, heading or editable section). */
  isManagerForm?(url: URL, doc: Document): boolean;
  /** Whether the page is the reviewed person's own self-evaluation form. */
  isSelfForm?(url: URL, doc: Document): boolean;
}

/** Employee ids as suites print them after a name: `Jane Doe (E-10482)`, `Doe, Jane [10482]`. */
const ID_PATTERN = /\s*[([]\s*#?([A-Z]{0,4}-?\d[\w-]{1,15})\s*[)\]]\s*$/i;

/** "Employee: Jane Doe" as review pages label the person reviewed (EN, FR, DE, NL, ES): the name is the capture. */
export const EMPLOYEE_LABEL = /(?:Employee|Employé|Mitarbeiter(?:in)?|Medewerker|Empleado)\s*:\s*([^·|\n]+?)\s*(?:·|\||$)/i;

/** A name as written on the page split into the name and the employee id shown beside it. */
export function parsePerson(text: string | undefined): ReviewSubject | undefined {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  const id = ID_PATTERN.exec(clean);
  const name = (id ? clean.slice(0, id.index) : clean).replace(/[\s,:;·|–-]+$/, '').trim();
  if (!name || name.length > 120) return undefined;
  return id ? { name, employeeId: id[1]! } : { name };
}

/** A name's words, lower case and without accents; "Doe, Jane" reads as "jane doe". */
function nameWords(name: string): string[] {
  const plain = normalizeText(name).replace(/[^\p{L}\p{N}, '-]/gu, ' ');
  const comma = plain.split(',');
  const ordered = comma.length === 2 ? `${comma[1]} ${comma[0]}` : plain.replace(/,/g, ' ');
  return ordered.split(/[\s-]+/).filter(Boolean);
}

/**
 * Whether two names the page shows are the same person: `same` when their
 * words are the same (any order, accents and case aside), `different` when
 * they share no word or neither's words contain the other's, `unclear` when
 * one is part of the other ("Jane" and "Jane Doe").
 */
export function compareNames(a: string, b: string): 'same' | 'different' | 'unclear' {
  const left = nameWords(a);
  const right = nameWords(b);
  if (left.length === 0 || right.length === 0) return 'unclear';
  const leftSet = new Set(left);
  const rightSet = new Set(right);
  if (leftSet.size === rightSet.size && left.every((word) => rightSet.has(word))) return 'same';
  if (left.every((word) => rightSet.has(word)) || right.every((word) => leftSet.has(word))) return 'unclear';
  return 'different';
}

/** The role from what was read (the rules above). */
export function decideRole(facts: {
  subject?: string;
  writer?: string;
  managerForm: boolean;
  selfForm: boolean;
}): ReviewRole {
  const { subject, writer, managerForm, selfForm } = facts;
  if (subject && writer) {
    const same = compareNames(subject, writer);
    if (same === 'same') return 'self';
    if (same === 'unclear') return 'unknown';
    return managerForm ? 'manager' : 'peer';
  }
  if (managerForm && !selfForm) return 'manager';
  if (selfForm && !managerForm) return 'self';
  return 'unknown';
}

/** Reads a page with a suite's `ContextSpec`. A page a reader fails on tells nothing (`unknown`). */
export function readReviewContext(spec: ContextSpec, url: URL, doc: Document): ReviewContext {
  try {
    const subject = parsePerson(spec.subject?.(doc, url));
    const writer = parsePerson(spec.writer?.(doc))?.name;
    const subjectManager = parsePerson(spec.subjectManager?.(doc))?.name;
    const managerForm =
      !!spec.isManagerForm?.(url, doc) || !!(writer && subjectManager && compareNames(writer, subjectManager) === 'same');
    const role = decideRole({ subject: subject?.name, writer, managerForm, selfForm: !!spec.isSelfForm?.(url, doc) });
    return { role, ...(subject && { subject }), ...(writer && { writer: { name: writer } }) };
  } catch {
    return { role: 'unknown' };
  }
}

/** The text of the first element matching one of `selectors` that has text. */
export function firstText(doc: ParentNode, selectors: string): string | undefined {
  for (const element of doc.querySelectorAll(selectors)) {
    const text = textOf(element);
    if (text) return text;
  }
  return undefined;
}

/** The first capture of `pattern` in the text of the elements matching `selectors`. */
export function textMatch(doc: ParentNode, selectors: string, pattern: RegExp): string | undefined {
  for (const element of doc.querySelectorAll(selectors)) {
    const found = pattern.exec(textOf(element))?.[1]?.trim();
    if (found) return found;
  }
  return undefined;
}

/** A short label of whose turn or form it is ("Self Assessment", "Auto-évaluation par"). */
export const SELF_KIND = /self|auto|zelf|selbst/i;
/** A short label of the manager's turn or form ("Manager Assessment", "Supervisor Evaluation by", "Downward review"). */
export const MANAGER_KIND = /manager|supervis|superviseur|responsable|leidinggevende|vorgesetzt|führungskraft|downward|descendante/i;

/** Words by which pages name the manager's evaluation (EN, NL, FR, DE, ES). */
export const MANAGER_FORM_WORDS =
  /\b(?:(?:manager|supervisor|downward)(?:'s)? (?:evaluation|assessment|review)|(?:evaluation|beoordeling|beurteilung|evaluacion) (?:du |par le |door (?:de )?|durch (?:die |den )?|del )(?:superviseur|manager|responsable|leidinggevende|fuhrungskraft|vorgesetzte)|leidinggevende beoordeling|managerbeurteilung|fremdbeurteilung)\b/;

/** Words by which pages name a self-evaluation (EN, NL, FR, DE, ES). */
export const SELF_FORM_WORDS =
  /\b(?:self[- ]?(?:evaluation|assessment|review|reflection|appraisal)|zelf(?:evaluatie|beoordeling)|auto-?evalua(?:tion|cion)|selbst(?:beurteilung|einschatzung|reflexion))\b/;
