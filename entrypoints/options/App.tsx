import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { GoalFigures } from '@/components/GoalFigures';
import { ShowMore } from '@/components/ShowMore';
import { OPTIONS_SECTION_LABELS, OPTIONS_SECTIONS, openExtensionPage, type OptionsSection } from '@/components/openPage';
import { saveErrorText } from '@/components/saveError';
import { usePeople } from '@/components/usePeople';
import { useReviewData } from '@/components/useReviewData';
import { goals, loadCycleGoals, type CycleGoals } from '@/utils/db';
import { t } from '@/utils/i18n';
import { ME, type Goal } from '@/utils/model';
import { GoalForm } from './GoalForm';
import { Cycles } from './Cycles';
import { Language } from './Language';
import { lazySection } from './lazySection';
import { PersonSwitcher } from './PersonSwitcher';

// The sections below the goal list load their code once the goals are shown:
// the import's parsers, backups, people, sites… never hold up the list.
const ImportGoals = lazySection(() => import('./ImportGoals').then((module) => module.ImportGoals));
const People = lazySection(() => import('./People').then((module) => module.People));
const SidebarSettings = lazySection(() => import('./SidebarSettings').then((module) => module.SidebarSettings));
const Reminders = lazySection(() => import('./Reminders').then((module) => module.Reminders));
const Sites = lazySection(() => import('./Sites').then((module) => module.Sites));
const DataSection = lazySection(() => import('./DataSection').then((module) => module.DataSection));
const LAZY_SECTIONS = [ImportGoals, People, SidebarSettings, Reminders, Sites, DataSection];

/** Goals rendered at first: an import of thousands must not freeze the page. */
const GOALS_PAGE = 50;

type Editing = { mode: 'new' } | { mode: 'edit'; goal: Goal } | null;

/** A section of the page that a deep link (`options.html#sites`) lands on: it takes the focus. */
function Anchor({ id, children }: { id: OptionsSection; children: ComponentChildren }) {
  return (
    <div id={id} class="section-anchor" tabIndex={-1}>
      {children}
    </div>
  );
}

/** Moves the focus (and the view) to the section the URL's fragment names, once it is rendered. */
function useSectionFocus(ready: boolean) {
  useEffect(() => {
    const focusSection = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (!(OPTIONS_SECTIONS as readonly string[]).includes(id)) return;
      const section = document.getElementById(id);
      section?.focus({ preventScroll: true });
      section?.scrollIntoView({ block: 'start' });
    };
    if (ready) focusSection();
    window.addEventListener('hashchange', focusSection);
    return () => window.removeEventListener('hashchange', focusSection);
  }, [ready]);
}

/** The list of sections at the top of the page. */
function SectionNav() {
  return (
    <nav class="section-nav" aria-label={t('optionsNav')}>
      <ul>
        {OPTIONS_SECTIONS.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{t(OPTIONS_SECTION_LABELS[id])}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Options: last year's goals (by hand or imported), and the sites the launcher runs on.
 * `firstRead`: my goals, read as the page's module started (entrypoints/options/main.tsx).
 */
export function App({ firstRead }: { firstRead?: Promise<CycleGoals> } = {}) {
  const loaded = usePeople();
  const team = loaded ?? [];
  /** Whose review the goals, import and cycles below are about: mine, or a person's (People). */
  const [chosen, setPersonId] = useState<string>(ME);
  // A person deleted elsewhere: back to me.
  const personId = loaded && chosen !== ME && !loaded.some((person) => person.id === chosen) ? ME : chosen;
  const load = useCallback(() => loadCycleGoals(personId), [personId]);
  const [state] = useReviewData(load, { first: firstRead });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleted, setDeleted] = useState<Goal | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [goalsShown, setGoalsShown] = useState(GOALS_PAGE);
  const data = state.status === 'ready' ? state.data : undefined;
  /** The sections below load once the goals are shown (or could not be read). */
  const sectionsStart = state.status !== 'loading';
  // A deep link lands once every section is there: one still loading would push the target away.
  const [sectionsLoaded, setSectionsLoaded] = useState(false);
  useEffect(() => {
    if (sectionsStart) void Promise.all(LAZY_SECTIONS.map((section) => section.preload())).then(() => setSectionsLoaded(true));
  }, [sectionsStart]);
  useSectionFocus(sectionsLoaded);

  async function remove(goal: Goal) {
    try {
      await goals.delete(goal.id);
      setDeleted(goal);
      setStatus({ kind: 'ok', text: t('goalDeleted', goal.title) });
    } catch {
      setStatus({ kind: 'error', text: t('goalDeleteFailed') });
    }
  }

  async function undoDelete() {
    if (!deleted) return;
    try {
      await goals.put(deleted);
      setStatus({ kind: 'ok', text: t('goalRestored', deleted.title) });
      setDeleted(null);
    } catch (error) {
      setStatus({ kind: 'error', text: saveErrorText(error, 'diskFullNotSaved', 'goalSaveFailed') });
    }
  }

  return (
    <main class="options">
      <div class="row">
        <h1 class="grow">{t('optionsTitle')}</h1>
        <button type="button" class="link" onClick={() => openExtensionPage('/welcome.html')}>
          {t('optionsWelcome')}
        </button>
        <button type="button" class="link" onClick={() => openExtensionPage('/prep.html', personId === ME ? '' : `?person=${encodeURIComponent(personId)}`)}>
          {t('openPrep')}
        </button>
      </div>
      <SectionNav />
      <Anchor id="language">
        <Language />
      </Anchor>
      <PersonSwitcher people={team} selected={personId} onSelect={setPersonId} />
      <Anchor id="cycles">{data && <Cycles current={data.cycle} />}</Anchor>
      <Anchor id="goals">
        <section aria-labelledby="goals-heading">
          <div class="row">
            <h2 id="goals-heading" class="grow">
              {data ? t('goalsOfCycle', data.cycle.label) : t('sidebarGoals')}
            </h2>
            <button type="button" class="primary" disabled={!data} onClick={() => setEditing({ mode: 'new' })}>
              {t('goalAdd')}
            </button>
          </div>
          <div class="row">
            <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
              {status?.text}
            </p>
            {deleted && (
              <button type="button" onClick={() => void undoDelete()}>
                {t('undo')}
              </button>
            )}
          </div>
          {data && editing && (
            <GoalForm
              cycleId={data.cycle.id}
              goal={editing.mode === 'edit' ? editing.goal : undefined}
              onDone={(saved) => {
                setEditing(null);
                if (saved) setStatus({ kind: 'ok', text: t('goalSaved', saved.title) });
              }}
            />
          )}
          {state.status === 'error' && <p class="status error">{t('loadFailed')}</p>}
          {data && data.goals.length === 0 && !editing && <p class="empty">{t('optionsNoGoals')}</p>}
          <ul class="cards" data-testid="goal-list">
            {data?.goals.slice(0, goalsShown).map((goal) => (
              <li key={goal.id}>
                <h3>{goal.title}</h3>
                {goal.description && <p class="note-text">{goal.description}</p>}
                <GoalFigures goal={goal} />
                <div class="row">
                  <button type="button" aria-label={t('goalEditNamed', goal.title)} onClick={() => setEditing({ mode: 'edit', goal })}>
                    {t('edit')}
                  </button>
                  <button type="button" aria-label={t('goalDeleteNamed', goal.title)} onClick={() => void remove(goal)}>
                    {t('delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {data && <ShowMore remaining={data.goals.length - goalsShown} onClick={() => setGoalsShown(goalsShown * 4)} />}
        </section>
      </Anchor>
      <Anchor id="import">{data && <ImportGoals.Section start={sectionsStart} cycleId={data.cycle.id} />}</Anchor>
      <Anchor id="people">
        <People.Section start={sectionsStart} people={team} selected={personId} onSelect={setPersonId} />
      </Anchor>
      <Anchor id="sidebar">
        <SidebarSettings.Section start={sectionsStart} />
      </Anchor>
      <Anchor id="reminders">
        <Reminders.Section start={sectionsStart} />
      </Anchor>
      <Anchor id="sites">
        <Sites.Section start={sectionsStart} />
      </Anchor>
      <Anchor id="data">{data && <DataSection.Section start={sectionsStart} cycle={data.cycle} />}</Anchor>
      <footer>
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('privacyTitle')}
        </a>
      </footer>
    </main>
  );
}
