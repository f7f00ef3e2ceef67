import { useEffect, useState } from 'preact/hooks';
import { openExtensionPage } from '@/components/openPage';
import { t } from '@/utils/i18n';
import { SidebarPlace } from '@/utils/messaging';
import { send } from './channel';

/** A page that undoes what the sidebar changed does it soon after it opens: ask again after this long. */
const PLACE_RECHECK_MS = 1500;

/**
 * Where the sidebar sits on the page and whether it floats over part of it
 * (the page keeps a bar under it, or is too narrow to make room). Asked from
 * the launcher when the sidebar opens, a moment later, and whenever the frame
 * is resized or the pointer comes into it; `move` puts it on the other side.
 */
function useSidebarPlace(embedded: boolean): [SidebarPlace | null, () => void] {
  const [place, setPlace] = useState<SidebarPlace | null>(null);
  const ask = (side?: SidebarPlace['side']) =>
    void send({ type: 'sidebar-place', ...(side ? { side } : {}) })
      .then((reply) => {
        const parsed = SidebarPlace.safeParse(reply);
        // The same answer changes nothing (no re-render under the user's click).
        if (parsed.success) setPlace((now) => (now?.side === parsed.data.side && now.floating === parsed.data.floating ? now : parsed.data));
      })
      .catch(() => undefined);
  useEffect(() => {
    if (!embedded) return;
    ask();
    const later = window.setTimeout(() => ask(), PLACE_RECHECK_MS);
    const refresh = () => ask();
    window.addEventListener('resize', refresh);
    document.documentElement.addEventListener('mouseenter', refresh);
    return () => {
      clearTimeout(later);
      window.removeEventListener('resize', refresh);
      document.documentElement.removeEventListener('mouseenter', refresh);
    };
  }, [embedded]);
  return [place, () => ask(place?.side === 'left' ? 'right' : 'left')];
}

/** A button of the sidebar's toolbar on the page: a symbol, named by its label (read aloud, and shown on hover). */
function ToolButton({ name, label, onClick, children }: { name: string; label: string; onClick: () => void; children: string }) {
  return (
    <button type="button" class={name} aria-label={label} title={label} onClick={onClick}>
      {children}
    </button>
  );
}

/**
 * The sidebar's title and toolbar (preparation page; on the page: move to the
 * other side, collapse, close), and the note that it floats. Its own
 * component: an answer about the sidebar's place re-renders only this, never
 * the lists under the user's pointer.
 */
export function SidebarHeader({
  embedded,
  cycleLabel,
  person,
}: {
  embedded: boolean;
  cycleLabel: string | undefined;
  /** The person reviewed, when it is not my own review. */
  person: { id: string; name: string } | undefined;
}) {
  const [place, moveToOtherSide] = useSidebarPlace(embedded);
  return (
    <>
      {/* The title with the sidebar's own controls, then what it shows (whose, which review) and the preparation page: on two lines, each kept whole, in a sidebar 280 px wide. */}
      <header class="sidebar-header">
        <div class="sidebar-title">
          <h1>{t('extName')}</h1>
          {embedded && (
            <>
              {place && (
                <ToolButton name="move" label={t(place.side === 'left' ? 'sidebarMoveRight' : 'sidebarMoveLeft')} onClick={moveToOtherSide}>
                  ⇄
                </ToolButton>
              )}
              <ToolButton name="collapse" label={t('sidebarCollapse')} onClick={() => void send({ type: 'set-sidebar', open: 'collapse' })}>
                {place?.side === 'left' ? '⇤' : '⇥'}
              </ToolButton>
              <ToolButton name="close" label={t('sidebarClose')} onClick={() => void send({ type: 'set-sidebar', open: false })}>
                ×
              </ToolButton>
            </>
          )}
        </div>
        <div class="sidebar-meta">
          {person && (
            <span class="tag person" data-testid="review-person">
              {t('sidebarReviewOf', person.name)}
            </span>
          )}
          {cycleLabel !== undefined && <span class="tag">{t('cycleLabel', cycleLabel)}</span>}
          <button type="button" class="link" onClick={() => openExtensionPage('/prep.html', person ? `?person=${encodeURIComponent(person.id)}` : '')}>
            {t('openPrep')}
          </button>
        </div>
      </header>
      {embedded && place?.floating && (
        <p class="floating-note" role="note" data-testid="sidebar-floating">
          {t('sidebarFloating')}
        </p>
      )}
    </>
  );
}
