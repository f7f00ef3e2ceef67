/**
 * Exports the user takes away: goals as CSV (re-importable, safe to open in
 * a spreadsheet) and notes as Markdown. Pure functions.
 */
import type { Goal, Note, NotePart } from '../model';
import { markdownLine, markdownLines } from '../markdown';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR
 * first) gets a leading apostrophe; numbers are written as numbers.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

const GOAL_COLUMNS = [
  'id', 'title', 'description', 'kind', 'unit', 'baseline', 'target', 'actual', 'direction', 'weight', 'due date', 'status',
  'key results', 'self-assessment',
] as const;

function keyResultsText(goal: Goal): string {
  return goal.keyResults
    .map((kr) => [kr.title, kr.target !== undefined ? `${kr.actual ?? '–'}/${kr.target}${kr.unit ? ` ${kr.unit}` : ''}` : ''].filter(Boolean).join(': '))
    .join('; ');
}

/**
 * Goals as CSV with an English header that the importer maps back. `excel`
 * adds a UTF-8 byte order mark and a `sep=,` line so Excel opens it with
 * accents and columns right in every locale.
 */
export function goalsToCsv(goals: readonly Goal[], options: { excel?: boolean } = {}): string {
  const lines = [GOAL_COLUMNS.join(',')];
  for (const goal of goals) {
    lines.push(
      [
        csvCell(goal.source.externalId ?? goal.id),
        csvCell(goal.title),
        csvCell(goal.description),
        csvCell(goal.kind),
        csvCell(goal.unit),
        csvCell(goal.baseline),
        csvCell(goal.target),
        csvCell(goal.actual),
        csvCell(goal.direction),
        csvCell(goal.weight),
        csvCell(goal.dueDate),
        csvCell(goal.status),
        csvCell(keyResultsText(goal)),
        csvCell(goal.selfAssessment),
      ].join(','),
    );
  }
  const body = `${lines.join('\r\n')}\r\n`;
  return options.excel ? `\uFEFFsep=,\r\n${body}` : body;
}

/** Notes grouped by part of the review, each with its date and goal, as Markdown. */
export function notesToMarkdown(
  notes: readonly Note[],
  goals: readonly Goal[],
  labels: { title: string; part(part: NotePart): string; date(note: Note): string },
): string {
  const goalTitles = new Map(goals.map((goal) => [goal.id, goal.title]));
  const byPart = new Map<NotePart, Note[]>();
  for (const note of [...notes].sort((a, b) => a.createdAt - b.createdAt)) {
    byPart.set(note.part, [...(byPart.get(note.part) ?? []), note]);
  }
  const out = [`# ${markdownLine(labels.title)}`, ''];
  for (const [part, list] of byPart) {
    out.push(`## ${markdownLine(labels.part(part))}`, '');
    for (const note of list) {
      const goal = note.goalId ? goalTitles.get(note.goalId) : undefined;
      const meta = markdownLine([labels.date(note), goal ?? ''].filter(Boolean).join(' · '));
      out.push(`- ${markdownLines(note.text, '  ')}${meta ? ` (${meta})` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}
