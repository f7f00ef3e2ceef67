import { t } from '@/utils/i18n';

/** "Show more (N more)": long lists render a page at a time so thousands of items never block the page. */
export function ShowMore({ remaining, onClick }: { remaining: number; onClick(): void }) {
  if (remaining <= 0) return null;
  return (
    <button type="button" class="show-more" onClick={onClick}>
      {t('showMore', String(remaining))}
    </button>
  );
}
