import { browser } from 'wxt/browser';
import { FRAME_TOKEN_PATTERN, type Message } from '@/utils/messaging';

/**
 * The secret the launcher put in this frame's URL (see
 * entrypoints/background/frames.ts): inside a web page, the background
 * serves only the frame that holds it.
 */
export const FRAME_TOKEN = FRAME_TOKEN_PATTERN.test(location.hash.slice(1)) ? location.hash.slice(1) : undefined;

export async function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(FRAME_TOKEN ? { ...message, frameToken: FRAME_TOKEN } : message);
}
