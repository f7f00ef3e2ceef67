import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/** A section of the options page whose code loads apart from the page's (its own chunk). */
export interface LazySection<P> {
  /** Renders the section once its code is loaded; nothing meanwhile; an error in its place when the code cannot load. */
  Section: ComponentType<P & { start: boolean }>;
  /** Loads the code (once); resolves either way. */
  preload(): Promise<void>;
}

/**
 * A section that does not hold up the goal list: its code (parsers,
 * backup, sites…) is fetched and evaluated only when `start` is true (the
 * page passes it once the goals are shown). A section whose code fails to
 * load says so in its place; the rest of the page works on.
 */
export function lazySection<P extends object>(load: () => Promise<ComponentType<P>>): LazySection<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const get = () => (loading ??= load());
  function Section({ start, ...props }: P & { start: boolean }) {
    const [state, setState] = useState<{ component?: ComponentType<P>; failed?: boolean }>({});
    useEffect(() => {
      if (!start) return;
      let live = true;
      get().then(
        (component) => live && setState({ component }),
        (error: unknown) => {
          console.error('Review Companion: a section of the page could not be loaded', error);
          if (live) setState({ failed: true });
        },
      );
      return () => {
        live = false;
      };
    }, [start]);
    if (state.failed) return <p class="status error">{t('sectionLoadFailed')}</p>;
    const Loaded = state.component;
    return Loaded ? <Loaded {...(props as P)} /> : null;
  }
  return {
    Section,
    preload: () => get().then(
      () => undefined,
      () => undefined,
    ),
  };
}
