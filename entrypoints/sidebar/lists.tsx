/** The sidebar's lists (goals, notes by part, what is pinned): they only render; pinning and inserting come as props. */
import { GoalFigures } from '@/components/GoalFigures';
import { partLabel } from '@/components/labels';
import { draftPartParagraph, draftResultsParagraph, type DraftVoice } from '@/utils/draft';
import { contentLanguage, t } from '@/utils/i18n';
import { NOTE_PARTS, type Goal, type Note } from '@/utils/model';
import { cutText } from '@/utils/text';

/** A short name for an item in a button's accessible label. */
export const short = (text: string) => cutText(text, 60);

export function PinButton({ id, name, pinned, onPin }: { id: string; name: string; pinned: boolean; onPin: (id: string) => void }) {
  return (
    <button
      type="button"
      class="pin"
      aria-pressed={pinned}
      aria-label={t(pinned ? 'unpinNamed' : 'pinNamed', short(name))}
      title={t(pinned ? 'unpin' : 'pin')}
      onClick={() => onPin(id)}
    >
      {pinned ? '★' : '☆'}
    </button>
  );
}

interface ItemActions {
  pinned: ReadonlySet<string>;
  onPin: (id: string) => void;
  onInsert?: ((text: string) => void) | undefined;
  testId: string;
  /** Whose voice the drafted paragraphs speak in (the manager's on a person's review). */
  voice?: DraftVoice;
}

export function GoalList({ goals, notes, pinned, onPin, onInsert, testId, voice = 'self' }: { goals: Goal[]; notes: Note[] } & ItemActions) {
  return (
    <ul class="cards" data-testid={testId}>
      {goals.map((goal) => (
        <li key={goal.id}>
          <div class="card-head">
            <h3>{goal.title}</h3>
            <PinButton id={goal.id} name={goal.title} pinned={pinned.has(goal.id)} onPin={onPin} />
          </div>
          <GoalFigures goal={goal} />
          <GoalNotes notes={notes.filter((note) => note.goalId === goal.id)} />
          {onInsert && (
            <button
              type="button"
              onClick={() => onInsert(draftResultsParagraph([goal], notes, contentLanguage(), voice))}
              aria-label={t('insertGoalSummary', goal.title)}
            >
              {t('insert')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The notes grouped by part of the review, in the review's order, newest
 * first in each; a part's notes go into the form as one drafted paragraph.
 * `page` is what is rendered, `matching` every note the search and filter
 * keep (the paragraph and the counts use them all).
 */
export function NotesByPart({
  page,
  matching,
  goalTitles,
  pinned,
  onPin,
  onInsert,
  voice = 'self',
}: { page: Note[]; matching: Note[]; goalTitles: Map<string, string> } & Omit<ItemActions, 'testId'>) {
  const groups = NOTE_PARTS.map((part) => ({ part, notes: page.filter((note) => note.part === part) })).filter((group) => group.notes.length > 0);
  return (
    <div data-testid="notes">
      {groups.map(({ part, notes }) => {
        const ofPart = matching.filter((note) => note.part === part);
        return (
          <div key={part} class="note-group">
            <div class="card-head">
              <h3 id={`notes-${part}`}>
                {partLabel(part)} <span class="muted">({ofPart.length})</span>
              </h3>
              {onInsert && (
                <button
                  type="button"
                  class="link"
                  aria-label={t('insertPartParagraph', partLabel(part))}
                  onClick={() => onInsert(draftPartParagraph(part, ofPart, contentLanguage(), voice))}
                >
                  {t('insertParagraph')}
                </button>
              )}
            </div>
            <NoteList notes={notes} goalTitles={goalTitles} pinned={pinned} onPin={onPin} onInsert={onInsert} labelledBy={`notes-${part}`} />
          </div>
        );
      })}
    </div>
  );
}

function NoteList({
  notes,
  goalTitles,
  pinned,
  onPin,
  onInsert,
  testId,
  labelledBy,
}: { notes: Note[]; goalTitles: Map<string, string>; labelledBy?: string } & Omit<ItemActions, 'testId'> & { testId?: string }) {
  // In a part's group (labelled by its heading) the heading names the part.
  const grouped = labelledBy !== undefined;
  return (
    <ul class="cards" data-testid={testId} aria-labelledby={labelledBy}>
      {notes.map((note) => (
        <li key={note.id}>
          <div class="card-head">
            <span>
              {!grouped && <span class="tag">{partLabel(note.part)}</span>}
              {note.goalId && goalTitles.has(note.goalId) && (
                <span class="muted">
                  {grouped ? '' : ' · '}
                  {goalTitles.get(note.goalId)}
                </span>
              )}
            </span>
            <PinButton id={note.id} name={note.text} pinned={pinned.has(note.id)} onPin={onPin} />
          </div>
          <p class="note-text">{note.text}</p>
          {onInsert && (
            <button type="button" onClick={() => onInsert(note.text)} aria-label={t('insertNoteLabel', short(note.text))}>
              {t('insert')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What the user pinned, first: what they want at hand during the interview. */
export function Pinned({
  goals,
  notes,
  allNotes,
  goalTitles,
  onUnpin,
  onInsert,
  voice,
}: {
  goals: Goal[];
  notes: Note[];
  allNotes: Note[];
  goalTitles: Map<string, string>;
  onUnpin: (id: string) => void;
  onInsert?: ((text: string) => void) | undefined;
  voice: DraftVoice;
}) {
  if (goals.length === 0 && notes.length === 0) return null;
  const all = new Set([...goals, ...notes].map((item) => item.id));
  return (
    <section aria-labelledby="pinned-heading" class="pinned">
      <h2 id="pinned-heading">{t('sidebarPinned')}</h2>
      {goals.length > 0 && <GoalList goals={goals} notes={allNotes} pinned={all} onPin={onUnpin} onInsert={onInsert} voice={voice} testId="pinned-goals" />}
      {notes.length > 0 && <NoteList notes={notes} goalTitles={goalTitles} pinned={all} onPin={onUnpin} onInsert={onInsert} testId="pinned-notes" />}
    </section>
  );
}

/** A goal's difficulties and successes (and other evidence) under it, newest first. */
function GoalNotes({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return null;
  return (
    <ul class="goal-notes">
      {notes.slice(0, 5).map((note) => (
        <li key={note.id}>
          <span class="tag">{partLabel(note.part)}</span> {note.text}
        </li>
      ))}
    </ul>
  );
}
