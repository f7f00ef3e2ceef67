import { contentLanguage, t } from '@/utils/i18n';
import type { Goal, Note, Question } from '@/utils/model';
import { suggestQuestions, type Suggestion } from '@/utils/questions';

/**
 * Suggestions for this review from its goals and notes, without the ones the
 * user hid: questions for my manager, or (`manager`) questions to ask the
 * person I review.
 */
export function suggestionsFor(
  goals: Goal[],
  notes: Note[],
  questions: Question[],
  limit: number,
  audience: 'self' | 'manager' = 'self',
): Suggestion[] {
  // A suggestion hidden for one person is stored as `<id>@<person>` (the list holds that person's only).
  const hidden = new Set(questions.filter((question) => question.hidden).map((question) => question.id.replace(/@[^@]*$/, '')));
  return suggestQuestions({ goals, notes }, contentLanguage(), { limit, hidden, audience });
}

/** One suggested question with why it is suggested. */
export function SuggestionText({ suggestion }: { suggestion: Suggestion }) {
  return (
    <>
      <p class="note-text">{suggestion.text}</p>
      {suggestion.reasons.length > 0 && (
        <p class="muted why">
          {t('questionWhy')} {suggestion.reasons.map((reason) => reason.text).join(' · ')}
        </p>
      )}
    </>
  );
}
