import { useEffect, useState } from 'preact/hooks';
import type { Suggestion } from '@/utils/questions';
import { questions as questionStore } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Goal, Note, Question } from '@/utils/model';
import { ME, newId } from '@/utils/model';
import { cutText } from '@/utils/text';

/** Questions for the manager: suggestions (keep or hide) and the user's own. */
export function QuestionsManager({ goals, notes, questions, personId = ME }: { goals: Goal[]; notes: Note[]; questions: Question[]; personId?: string }) {
  /** Whose questions: none for "me" (the records of before people existed), else the person's id. */
  const owner = personId === ME ? {} : { personId };
  const [own, setOwn] = useState('');
  const mine = questions.filter((question) => question.origin === 'custom');
  // The question bank (four languages) is loaded on demand, as in the sidebar: one chunk for both pages.
  const [bank, setBank] = useState<typeof import('@/components/SuggestedQuestions') | null>(null);
  useEffect(() => void import('@/components/SuggestedQuestions').then(setBank), []);
  const mineTexts = new Set(mine.map((question) => question.text));
  const suggestions: Suggestion[] = bank
    ? bank
        // For a person I review: the manager's questions to ask them.
        .suggestionsFor(goals, notes, questions, 12, personId === ME ? 'self' : 'manager')
        .filter((suggestion) => !mineTexts.has(suggestion.text))
    : [];
  const SuggestionText = bank?.SuggestionText;

  async function addOwn(text: string) {
    const now = Date.now();
    await questionStore.put({ id: newId('question'), ...owner, part: 'question', text: text.trim(), origin: 'custom', createdAt: now, updatedAt: now });
  }
  async function hide(id: string, text: string, part: Question['part']) {
    const now = Date.now();
    // A suggestion hidden for one person stays suggested for the others (one record each).
    await questionStore.put({ id: personId === ME ? id : `${id}@${personId}`, ...owner, part, text, origin: 'builtin', hidden: true, createdAt: now, updatedAt: now });
  }

  return (
    <section aria-labelledby="questions-manage-heading" class="questions no-print">
      <h2 id="questions-manage-heading">{t('questionsTitle')}</h2>
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (own.trim()) void addOwn(own).then(() => setOwn(''));
        }}
      >
        <div class="field grow">
          <label for="own-question">{t('questionOwnLabel')}</label>
          <input id="own-question" value={own} onInput={(event) => setOwn(event.currentTarget.value)} />
        </div>
        <button type="submit">{t('questionAdd')}</button>
      </form>
      {mine.length > 0 && (
        <ul class="cards" data-testid="own-questions">
          {mine.map((question) => (
            <li key={question.id} class="row">
              <span class="grow note-text">{question.text}</span>
              <button type="button" aria-label={t('questionRemoveNamed', cutText(question.text, 60))} onClick={() => void questionStore.delete(question.id)}>
                {t('siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('questionsSuggested')}</h3>
      <ul class="cards" data-testid="suggested-questions">
        {suggestions.map((suggestion) => (
          <li key={suggestion.id}>
            {SuggestionText && <SuggestionText suggestion={suggestion} />}
            <div class="row">
              <button type="button" onClick={() => void addOwn(suggestion.text)}>
                {t('questionKeep')}
              </button>
              <button type="button" aria-label={t('questionHideNamed', cutText(suggestion.text, 60))} onClick={() => void hide(suggestion.id, suggestion.text, suggestion.part)}>
                {t('questionHide')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
