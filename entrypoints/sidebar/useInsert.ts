import { useEffect, useState } from 'preact/hooks';
import type { ClickGuard } from '@/components/clickGuard';
import { t } from '@/utils/i18n';
import { FieldList, InsertResult, type Message } from '@/utils/messaging';
import { send } from './channel';

/** A line under the sidebar's controls: what the last action did. */
export type Status = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Insertion into the review form: the form's fields (for the "Insert into"
 * list), the one chosen, and the action behind every Insert button. Inside a
 * web page, `guard` decides first whether the click counts; from the
 * browser's side panel, `findTab` says which tab's form it works on.
 */
export function useInsert({
  embedded,
  findTab,
  guard,
  setStatus,
}: {
  embedded: boolean;
  findTab?: (() => Promise<number | undefined>) | undefined;
  guard?: ClickGuard | undefined;
  setStatus: (status: Status) => void;
}) {
  /** Inserting needs a page: the one around the frame, or the panel's tab. */
  const canInsert = embedded || !!findTab;
  /** Sends a message about the review page; from the side panel it names the tab. Undefined: no page. */
  async function toPage(message: Extract<Message, { type: 'insert-text' | 'list-fields' }>): Promise<unknown> {
    if (embedded || !findTab) return send(message);
    const tabId = await findTab().catch(() => undefined);
    return tabId === undefined ? undefined : send({ ...message, tabId });
  }
  /** Where Insert puts text: '' = where the user's cursor was, else an index in `fields`. */
  const [target, setTarget] = useState('');
  const [fields, setFields] = useState<FieldList['fields']>([]);
  const refreshFields = () =>
    void toPage({ type: 'list-fields' })
      .then((reply) => setFields(reply === undefined ? [] : FieldList.parse(reply).fields))
      .catch(() => setFields([]));
  useEffect(() => {
    if (canInsert) refreshFields();
  }, [canInsert]);

  async function insert(text: string, clickedAt: number) {
    try {
      const field = target === '' ? undefined : Number(target);
      if (guard) {
        const targetLabel = field === undefined ? t('insertTargetCursor') : fields[field]?.label || t('importColumnNumber', String(field + 1));
        const verdict = await guard.allow(clickedAt, { text, target: targetLabel });
        if (!verdict.ok) {
          setStatus({ kind: 'error', text: t(verdict.reason === 'hidden' ? 'insertRefusedHidden' : 'insertDeclined') });
          return;
        }
      }
      // A field picked from the list never had the user's caret: the text goes after what it holds.
      const mode = field === undefined ? 'caret' : 'append';
      const raw = await toPage({ type: 'insert-text', text, mode, ...(field !== undefined ? { field } : {}) });
      if (raw === undefined) {
        setStatus({ kind: 'error', text: t('panelNoPage') });
        return;
      }
      const reply = InsertResult.parse(raw);
      setStatus(
        reply.ok
          ? { kind: 'ok', text: t('insertDone') }
          : { kind: 'error', text: reply.reason === 'no-field' ? t('insertNoField') : reply.reason === 'no-page' && !embedded ? t('panelNoPage') : t('insertFailed') },
      );
    } catch {
      setStatus({ kind: 'error', text: t('insertFailed') });
    }
  }

  // The moment of the click, for the guard: taken before anything else runs.
  const onInsert = canInsert ? (text: string) => void insert(text, performance.now()) : undefined;
  return { canInsert, fields, target, setTarget, refreshFields, onInsert };
}
