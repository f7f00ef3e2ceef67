/** A fresh secret for one sidebar frame (see FRAME_TOKEN_PATTERN): 128 random bits as hex (works on http pages too, unlike randomUUID). */
export function newFrameToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
