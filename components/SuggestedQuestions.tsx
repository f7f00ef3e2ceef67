import { uiLanguage, t } from '@/utils/i18n';
import type { Goal, Note, Question } from '@/utils/model';
import { suggestQuestions, QUESTION_LANGUAGES, type QuestionLanguage, type Suggestion } from '@/utils/questions';

export function questionLanguage(): QuestionLanguage {
  const base = uiLanguage().slice(0, 2).toLowerCase();
  return (QUESTION_LANGUAGES as readonly string[]).includes(base) ? (base as QuestionLanguage) : 'en';
}

/** Suggestions for this review from the user's goals and notes, without the ones they hid. */
export function suggestionsFor(goals: Goal[], notes: Note[], questions: Question[], limit: number): Suggestion[] {
  const hidden = new Set(questions.filter((question) => question.hidden).map((question) => question.id));
  return suggestQuestions({ goals, notes }, questionLanguage(), { limit, hidden });
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
