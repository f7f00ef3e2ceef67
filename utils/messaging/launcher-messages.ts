/**
 * Validation of the messages the launcher content script accepts, without
 * zod: the content script must stay under 10 KB gzip and zod/mini alone is
 * ~7 KB. A unit test checks that this guard accepts exactly what the zod
 * schema in `./index.ts` accepts for these message types.
 */
import type { InsertMode, MessageOf } from './index';

export type LauncherMessage = MessageOf<'insert-into-page'> | MessageOf<'set-sidebar'> | MessageOf<'list-fields'> | MessageOf<'sidebar-place'>;

/** Kept equal to MAX_INSERT_LENGTH and MAX_FIELDS in ./index.ts (checked by a test). */
export const LAUNCHER_MAX_INSERT_LENGTH = 20_000;
export const LAUNCHER_MAX_FIELDS = 500;
const MODES: readonly InsertMode[] = ['caret', 'replace', 'append'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message as a fresh object with only its known fields, or undefined when it is not valid. */
export function parseLauncherMessage(raw: unknown): LauncherMessage | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.type === 'insert-into-page') {
    const { text, mode, field } = raw;
    if (typeof text !== 'string' || text.length < 1 || text.length > LAUNCHER_MAX_INSERT_LENGTH) return undefined;
    if (typeof mode !== 'string' || !MODES.includes(mode as InsertMode)) return undefined;
    if (field !== undefined && (typeof field !== 'number' || !Number.isInteger(field) || field < 0 || field >= LAUNCHER_MAX_FIELDS)) {
      return undefined;
    }
    return { type: 'insert-into-page', text, mode: mode as InsertMode, ...(field !== undefined ? { field } : {}) };
  }
  if (raw.type === 'list-fields') return { type: 'list-fields' };
  if (raw.type === 'set-sidebar') {
    const { open } = raw;
    if (typeof open !== 'boolean' && open !== 'toggle' && open !== 'collapse' && open !== 'expand') return undefined;
    return { type: 'set-sidebar', open };
  }
  if (raw.type === 'sidebar-place') {
    const { side } = raw;
    if (side !== undefined && side !== 'left' && side !== 'right') return undefined;
    return { type: 'sidebar-place', ...(side !== undefined ? { side } : {}) };
  }
  return undefined;
}
