/**
 * One person's file: what I hold about someone I review, to hand to them
 * (their right of access) or to keep when they leave. Pure: the caller reads
 * the records (utils/db/people.ts) and gives the translated labels.
 */
import { markdownLine, markdownLines } from '../markdown';
import { achievementPercent, type Goal, type Note, type NotePart } from '../model';
import type { PersonRecords } from './records';

export const PERSON_EXPORT_FORMAT = 'review-companion-person';

/**
 * The JSON file: the person and, per cycle, their goals, my notes about
 * them, the questions for them and the interview's outcome. Nothing about
 * anyone else, and nothing internal (imports' undo data, pins, review page
 * addresses).
 */
export function personToJson(records: PersonRecords, now = new Date()): string {
  const { person } = records;
  const file = {
    format: PERSON_EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    person: {
      name: person.name,
      ...(person.employeeId ? { employeeId: person.employeeId } : {}),
      ...(person.role ? { role: person.role } : {}),
      aliases: person.aliases,
    },
    cycles: records.cycles.map((cycle) => ({
      label: cycle.label,
      status: cycle.status,
      ...(cycle.interviewDate ? { interviewDate: cycle.interviewDate } : {}),
      goals: records.goals.filter((goal) => goal.cycleId === cycle.id).map(({ id: _id, cycleId: _cycle, source: _source, ...goal }) => goal),
      notes: records.notes
        .filter((note) => note.cycleId === cycle.id)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map(({ id: _id, cycleId: _cycle, goalId, ...note }) => ({
          ...note,
          ...(goalId ? { goal: records.goals.find((goal) => goal.id === goalId)?.title } : {}),
        })),
      outcome: (({ cycleId: _cycle, agreedGoalIds: _ids, ...outcome }) => outcome)(
        records.outcomes.find((outcome) => outcome.cycleId === cycle.id) ?? { cycleId: '', agreedGoalIds: [] },
      ),
    })),
    questions: records.questions.filter((question) => !question.hidden).map(({ text, part, asked, answer }) => ({ text, part, asked, answer })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface PersonMarkdownLabels {
  /** The document's title, with the person's name in it. */
  title: string;
  cycle(label: string): string;
  interviewDate: string;
  goals: string;
  noGoals: string;
  notes: string;
  questions: string;
  outcome: string;
  part(part: NotePart): string;
  /** "actual / target unit (percent)" for a goal's figures. */
  figures(goal: Goal, percent: number | undefined): string;
  date(note: Note): string;
  outcomeFields: { rating: string; managerFeedback: string; trainingAgreed: string; rewardAgreed: string; report: string };
}

/** The same as Markdown, cycle by cycle, newest last; all user text escaped. */
export function personToMarkdown(records: PersonRecords, labels: PersonMarkdownLabels): string {
  const out = [`# ${markdownLine(labels.title)}`, ''];
  for (const cycle of records.cycles) {
    out.push(`## ${markdownLine(labels.cycle(cycle.label))}`, '');
    if (cycle.interviewDate) out.push(`${markdownLine(labels.interviewDate)}: ${cycle.interviewDate}`, '');
    const goals = records.goals.filter((goal) => goal.cycleId === cycle.id).sort((a, b) => a.createdAt - b.createdAt);
    out.push(`### ${markdownLine(labels.goals)}`, '');
    if (!goals.length) out.push(markdownLine(labels.noGoals), '');
    for (const goal of goals) {
      const figures = goal.kind === 'quantitative' ? labels.figures(goal, achievementPercent(goal)) : '';
      out.push(`- ${markdownLine(goal.title)}${figures ? ` (${markdownLine(figures)})` : ''}`);
    }
    if (goals.length) out.push('');
    const notes = records.notes.filter((note) => note.cycleId === cycle.id).sort((a, b) => a.createdAt - b.createdAt);
    if (notes.length) {
      out.push(`### ${markdownLine(labels.notes)}`, '');
      const byPart = new Map<NotePart, Note[]>();
      for (const note of notes) byPart.set(note.part, [...(byPart.get(note.part) ?? []), note]);
      for (const [part, list] of byPart) {
        out.push(`#### ${markdownLine(labels.part(part))}`, '');
        for (const note of list) out.push(`- ${markdownLines(note.text, '  ')} (${markdownLine(labels.date(note))})`);
        out.push('');
      }
    }
    const outcome = records.outcomes.find((entry) => entry.cycleId === cycle.id);
    if (outcome) {
      out.push(`### ${markdownLine(labels.outcome)}`, '');
      for (const field of ['rating', 'managerFeedback', 'trainingAgreed', 'rewardAgreed', 'report'] as const) {
        const value = outcome[field];
        if (value) out.push(`- ${markdownLine(labels.outcomeFields[field])}: ${markdownLines(value, '  ')}`);
      }
      out.push('');
    }
  }
  const questions = records.questions.filter((question) => !question.hidden);
  if (questions.length) {
    out.push(`## ${markdownLine(labels.questions)}`, '');
    for (const question of questions) out.push(`- ${markdownLine(question.text)}${question.answer ? `: ${markdownLines(question.answer, '  ')}` : ''}`);
    out.push('');
  }
  return out.join('\n');
}
