/**
 * Every runtime message of the extension: one discriminated union, validated
 * on receipt. Built on `zod/mini` so that the content script can validate too
 * without pulling in full zod. Messages carry no prep data except the one
 * text the user asked to insert.
 *
 * Directions: EP = extension page (sidebar, popup, options), BG = background,
 * CS = the launcher content script.
 */
import * as z from 'zod/mini';
import { Cycle, Goal, Note, Question, STORE_NAMES } from '../model';
import { FRAME_TOKEN_PATTERN } from './token';

/** See ./token.ts. */
export { FRAME_TOKEN_PATTERN };

/** The longest text one insertion may carry (a drafted paragraph or a note). */
export const MAX_INSERT_LENGTH = 20_000;

const StoreNameSchema = z.enum(STORE_NAMES);
const InsertMode = z.enum(['caret', 'replace', 'append']);
export type InsertMode = z.infer<typeof InsertMode>;
const insertText = () => z.string().check(z.minLength(1), z.maxLength(MAX_INSERT_LENGTH));
const fieldIndex = () => z.number().check(z.int(), z.nonnegative(), z.lt(MAX_FIELDS));
const tabId = () => z.number().check(z.int(), z.nonnegative());
const recordId = () => z.string().check(z.minLength(1), z.maxLength(200));
const frameToken = () => z.optional(z.string().check(z.regex(FRAME_TOKEN_PATTERN)));

/** Whose review a page is, as the launcher detected it (see utils/adapters/context.ts); never prep data. */
const PageReviewSchema = z.object({
  role: z.enum(['self', 'manager', 'peer', 'unknown']),
  subject: z.optional(
    z.object({
      name: z.string().check(z.minLength(1), z.maxLength(200)),
      employeeId: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
    }),
  ),
});
export type PageReviewMessage = z.infer<typeof PageReviewSchema>;

/** More fields than any review form has: bounds an index coming from a message. */
export const MAX_FIELDS = 500;

export const FieldList = z.object({
  fields: z.array(z.object({ label: z.string().check(z.maxLength(200)), kind: z.enum(['textarea', 'input', 'contenteditable', 'iframe-editor']) })),
});
export type FieldList = z.infer<typeof FieldList>;

/**
 * The notes a sidebar asks for first (the newest; the rest once it shows
 * them). The background reads as many ahead of a framed sidebar's request
 * (entrypoints/background/first-data.ts); public/sidebar-start.js repeats it.
 */
export const FIRST_NOTES_PAGE = 30;

export const Message = z.discriminatedUnion('type', [
  /** EP → EP: data changed in these stores; re-read them. Carries no data. */
  z.object({ type: z.literal('data-changed'), stores: z.array(StoreNameSchema) }),
  /**
   * sidebar → BG: insert this text in the page of my tab: into the field the
   * user picked (`field`, an index in `list-fields`' answer), else the last
   * focused review field. The sidebar in the browser's side panel has no tab
   * of its own: it names the tab it works on (`tabId`).
   */
  z.object({
    type: z.literal('insert-text'),
    text: insertText(),
    mode: InsertMode,
    field: z.optional(fieldIndex()),
    tabId: z.optional(tabId()),
    frameToken: frameToken(),
  }),
  /** BG → CS: the same, for the launcher. */
  z.object({ type: z.literal('insert-into-page'), text: insertText(), mode: InsertMode, field: z.optional(fieldIndex()) }),
  /** sidebar → BG → CS: the review's fields as the page shows them now (labels and kinds only). */
  z.object({ type: z.literal('list-fields'), tabId: z.optional(tabId()), frameToken: frameToken() }),
  /**
   * sidebar → BG: the current cycle with its goals and notes. The sidebar
   * asks the background because an extension iframe on a web page may be
   * denied IndexedDB when the browser blocks third-party storage.
   */
  z.object({
    type: z.literal('get-review-data'),
    /** Only the newest notes (first paint); all of them when absent. */
    notesLimit: z.optional(z.number().check(z.int(), z.positive(), z.lte(10_000))),
    /** Whose preparation: `me` when absent, or a person's id. */
    personId: z.optional(recordId()),
    frameToken: frameToken(),
  }),
  /** popup → BG: open the sidebar on this tab (the popup's tab grant covers it). */
  z.object({ type: z.literal('open-sidebar'), tabId: tabId() }),
  /** sidebar → BG: pin a goal or note to the top of the sidebar, or unpin it. */
  z.object({ type: z.literal('pin'), id: recordId(), pinned: z.boolean(), frameToken: frameToken() }),
  /** sidebar → BG: the user asked one of their own questions (or not yet). */
  z.object({ type: z.literal('question-asked'), id: recordId(), asked: z.boolean(), frameToken: frameToken() }),
  /** The gate (entrypoints/launcher-gate) asks for the launcher in its tab's top frame: the address may be a review page. */
  z.object({ type: z.literal('load-launcher') }),
  /**
   * CS → BG: the launcher of this tab's top frame would mount a sidebar on a
   * page it found to be this review (absent: no review page), by itself or
   * because the user asked (`byUser`). One round trip: the background answers
   * with the site's status and, where the sidebar may open, a fresh frame
   * token it registered and the launcher's kit injected.
   * Reply `{ enabled, side, width, token? }`.
   */
  z.object({ type: z.literal('open-sidebar-frame'), review: z.optional(PageReviewSchema), byUser: z.boolean() }),
  /** The launcher asks for its second half (entrypoints/launcher/kit.ts) in its tab and frame. */
  z.object({ type: z.literal('load-launcher-kit') }),
  /**
   * CS → BG: the launcher of this tab is about to mount a sidebar frame
   * holding this token, on a page it found to be this review (absent: no
   * review page). Reply `true`.
   */
  z.object({
    type: z.literal('register-sidebar'),
    token: z.string().check(z.regex(FRAME_TOKEN_PATTERN)),
    review: z.optional(PageReviewSchema),
  }),
  /**
   * sidebar (framed) → BG: the user said whose review the page of my tab is:
   * mine (`me`), a person's, or a new person's (`newPerson`, their name).
   * Remembered for the review's address. Reply `true`.
   */
  z.object({
    type: z.literal('choose-review-person'),
    personId: z.optional(recordId()),
    newPerson: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    frameToken: frameToken(),
  }),
  /** sidebar → BG, BG → CS: open, close or toggle the sidebar on a tab. */
  z.object({
    type: z.literal('set-sidebar'),
    open: z.union([z.boolean(), z.literal('toggle'), z.literal('collapse'), z.literal('expand')]),
    frameToken: frameToken(),
  }),
  /**
   * sidebar → BG, BG → CS: where the sidebar on the page is and whether it
   * floats over part of the page; with `side`, move it there first (the
   * background also keeps the choice in the settings). Reply `SidebarPlace`.
   */
  z.object({ type: z.literal('sidebar-place'), side: z.optional(z.enum(['left', 'right'])), frameToken: frameToken() }),
]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export const SidebarPlace = z.object({ side: z.enum(['left', 'right']), floating: z.boolean() });
export type SidebarPlace = z.infer<typeof SidebarPlace>;

export const InsertResult = z.object({
  ok: z.boolean(),
  reason: z.optional(z.enum(['no-field', 'not-editable', 'no-page', 'invalid'])),
});
export type InsertResult = z.infer<typeof InsertResult>;

export const ReviewDataReply = z.object({
  cycle: Cycle,
  goals: z.array(Goal),
  notes: z.array(Note),
  /** Absent when only the newest notes came and there are more. */
  notesTotal: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** The user's own questions and the suggestions they hid. */
  questions: z.array(Question),
  /** The interface language the user chose (`auto`: the browser's). */
  language: z.optional(z.string().check(z.maxLength(10))),
  /** Ids of the pinned goals and notes, newest pin first. */
  pinned: z.array(recordId()),
  /** The cycle before this one with its goals. */
  previous: z.optional(z.object({ cycle: Cycle, goals: z.array(Goal) })),
  /** Whose preparation this is, when it is not mine: the person reviewed. */
  person: z.optional(z.object({ id: recordId(), name: z.string().check(z.maxLength(200)) })),
});
export type ReviewDataReply = z.infer<typeof ReviewDataReply>;

/**
 * The background's answer to the framed sidebar when the page does not say
 * whose review it is: no data at all, only what the user needs to choose.
 */
export const ChoosePersonReply = z.object({
  choose: z.object({
    role: z.enum(['self', 'manager', 'peer', 'unknown']),
    subject: z.optional(z.object({ name: z.string().check(z.maxLength(200)), employeeId: z.optional(z.string().check(z.maxLength(60))) })),
    candidates: z.array(z.object({ id: recordId(), name: z.string().check(z.maxLength(200)) })),
  }),
});
export type ChoosePersonReply = z.infer<typeof ChoosePersonReply>;

/**
 * What the sidebar gets: the data of the person the page is about, or a
 * request to choose. The background validates it (`SidebarDataReply.parse`)
 * as it leaves the database, so that a record's unknown or malformed field
 * never reaches a page; the sidebar then checks only its shape
 * (`asSidebarDataReply`), off the path to its first paint (validating 200
 * goals took it 8–10 ms, and 5,000 notes a long task).
 */
export const SidebarDataReply = z.union([ChoosePersonReply, ReviewDataReply]);
export type SidebarDataReply = z.infer<typeof SidebarDataReply>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The background's reply to `get-review-data`, once its shape is checked (the
 * background validated every record in it). Throws on anything else: the
 * sidebar then says it could not load.
 */
export function asSidebarDataReply(raw: unknown): SidebarDataReply {
  if (isRecord(raw) && isRecord(raw.choose) && Array.isArray(raw.choose.candidates)) return raw as SidebarDataReply;
  if (isRecord(raw) && isRecord(raw.cycle) && ['goals', 'notes', 'questions', 'pinned'].every((key) => Array.isArray(raw[key]))) {
    return raw as SidebarDataReply;
  }
  throw new TypeError('Not the review data the sidebar asked for.');
}

/** Parses an incoming message; undefined when it is not one of ours. */
export function parseMessage(raw: unknown): Message | undefined {
  const result = Message.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** Whether `raw` is a valid message of type `type`. */
export function isMessage<T extends MessageType>(raw: unknown, type: T): raw is MessageOf<T> {
  return parseMessage(raw)?.type === type;
}

/** The parts of `runtime.MessageSender` the checks need. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Whether a message comes from one of this extension's own pages (by URL
 * path, e.g. `/sidebar.html`). Content scripts share the extension id but
 * their sender URL is the web page's, so they never pass this check.
 */
export function isFromExtensionPage(sender: SenderLike, extensionId: string, paths: readonly string[]): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  const isExtensionScheme = url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:';
  return isExtensionScheme && paths.includes(url.pathname);
}

/** Whether a message comes from a content script of this extension in a tab. */
export function isFromContentScript(sender: SenderLike, extensionId: string): boolean {
  if (sender.id !== extensionId || typeof sender.tab?.id !== 'number' || !sender.url) return false;
  return /^https?:$/.test(new URL(sender.url).protocol);
}
