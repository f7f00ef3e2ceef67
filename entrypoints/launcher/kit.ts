/**
 * The launcher's second half: the code a page needs only once the sidebar
 * opens or the user inserts text (making room for the page's fixed bars,
 * typing into real editors). The launcher that runs on every page of an HR
 * suite stays small; the background injects this half into the same tab and
 * frame, in the same isolated world, when the launcher first asks for it
 * (entrypoints/launcher-kit). Type imports only: nothing of it is bundled here.
 */
import type { keepRoom } from '@/utils/dom/room';
import type { insertIntoField } from '@/utils/fields';

export interface LauncherKit {
  keepRoom: typeof keepRoom;
  insertIntoField: typeof insertIntoField;
}

/** Where the injected half leaves itself, in the content scripts' isolated world (the page cannot see it). */
export const KIT_SLOT = Symbol.for('review-companion.launcher-kit');
export type KitSlot = { [KIT_SLOT]?: LauncherKit };

/**
 * Where the running launcher of a page keeps itself (entrypoints/launcher),
 * in the same isolated world: every injected copy, and the gate
 * (entrypoints/launcher-gate), finds it there.
 */
export const LAUNCHER_SLOT = Symbol.for('review-companion.launcher');
