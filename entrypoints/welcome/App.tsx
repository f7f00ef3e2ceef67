import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GoodToKnowView } from '@/components/GoodToKnow';
import { openExtensionPage } from '@/components/openPage';
import { onDataChanged } from '@/utils/db';
import { loadFirstRunProgress, type FirstRunProgress } from '@/utils/db/first-run';
import { contentLanguage, t } from '@/utils/i18n';
import { GOOD_TO_KNOW } from '@/utils/prep';

function Step({ id, title, text, done, children }: { id: string; title: string; text: string; done: boolean | undefined; children: ComponentChildren }) {
  return (
    <li class={`step ${done ? 'done' : ''}`} data-testid={`step-${id}`} data-done={done ? 'true' : 'false'}>
      <span class="tick" aria-hidden="true">
        {done ? '✓' : ''}
      </span>
      <div class="step-body">
        <h3 id={`step-${id}-title`}>
          {title} <span class="visually-hidden">({done ? t('welcomeStepDone') : t('welcomeStepTodo')})</span>
        </h3>
        <p>{text}</p>
        <div class="row">{children}</div>
      </div>
    </li>
  );
}

/**
 * The first-run page, opened once at install and again from the options:
 * what the extension does, the privacy promise, four steps ticked from the
 * stored data, and Good to know.
 */
export function App() {
  const [progress, setProgress] = useState<FirstRunProgress | null>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const noteFrame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const read = () => void loadFirstRunProgress().then(setProgress, () => undefined);
    read();
    return onDataChanged(read);
  }, []);
  // The popup's form, in this page: focus goes into it as soon as it is there.
  useEffect(() => {
    if (noteOpen) noteFrame.current?.focus();
  }, [noteOpen]);

  return (
    <main class="welcome">
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p>
          {t('welcomeWhat1')} {t('welcomeWhat2')} {t('welcomeWhat3')}
        </p>
      </header>
      <section class="privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('welcomeStepsTitle')}</h2>
        <ol class="steps">
          <Step id="note" title={t('welcomeStepNote')} text={t('welcomeStepNoteText')} done={progress?.note}>
            <button type="button" class="primary" aria-expanded={noteOpen} onClick={() => setNoteOpen(!noteOpen)}>
              {t('welcomeStepNoteButton')}
            </button>
          </Step>
          {noteOpen && (
            <li class="note-frame">
              <iframe ref={noteFrame} src={browser.runtime.getURL('/popup.html')} title={t('welcomeNoteFrameTitle')} />
            </li>
          )}
          <Step id="goals" title={t('welcomeStepGoals')} text={t('welcomeStepGoalsText')} done={progress?.goals}>
            <button type="button" onClick={() => openExtensionPage('/options.html#import')}>
              {t('welcomeStepGoalsImport')}
            </button>
            <button type="button" onClick={() => openExtensionPage('/options.html#goals')}>
              {t('welcomeStepGoalsAdd')}
            </button>
          </Step>
          <Step id="sites" title={t('welcomeStepSites')} text={t('welcomeStepSitesText')} done={progress?.sites}>
            <button type="button" onClick={() => openExtensionPage('/options.html#sites')}>
              {t('welcomeStepSitesButton')}
            </button>
          </Step>
          <Step id="practice" title={t('welcomeStepPractice')} text={t('welcomeStepPracticeText')} done={progress?.practice}>
            <button type="button" onClick={() => openExtensionPage('/practice.html')}>
              {t('welcomeStepPracticeButton')}
            </button>
          </Step>
        </ol>
      </section>
      <GoodToKnowView info={GOOD_TO_KNOW[contentLanguage()]} headingId="good-to-know-heading" />
      <footer class="row">
        <button type="button" class="link" onClick={() => openExtensionPage('/options.html#language')}>
          {t('welcomeLanguage')}
        </button>
        <button type="button" class="link" onClick={() => openExtensionPage('/options.html')}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}
