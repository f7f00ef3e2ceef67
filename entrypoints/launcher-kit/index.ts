/**
 * The launcher's second half (see entrypoints/launcher/kit.ts), injected by
 * the background into a tab's frame when that frame's launcher asks for it.
 * Each injection replaces what an earlier one left, so a launcher never uses
 * a half of another version of the extension.
 */
import { keepRoom } from '@/utils/dom/room';
import { insertIntoField } from '@/utils/fields';
import { KIT_SLOT, type KitSlot } from '../launcher/kit';

export default defineUnlistedScript(() => {
  (globalThis as KitSlot)[KIT_SLOT] = { keepRoom, insertIntoField };
});
