/**
 * The secret a launcher gives the sidebar frame it mounts (in the frame's URL
 * fragment, inside its closed shadow root): a sidebar inside a web page is
 * served only with its launcher's token, so a page that frames the sidebar
 * page itself gets nothing. See `entrypoints/background/frames.ts`.
 */
export const FRAME_TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** A fresh secret for one sidebar frame (FRAME_TOKEN_PATTERN): 128 random bits as hex (works on http pages too, unlike randomUUID). */
export function newFrameToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
