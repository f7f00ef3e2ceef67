import { t, type MessageKey } from '@/utils/i18n';
import { isQuotaExceeded } from '@/utils/storage';

/** The message for a failed save: a full disk says so (and that the user's text is kept), anything else `otherwise`. */
export function saveErrorText(error: unknown, diskFull: MessageKey, otherwise: MessageKey): string {
  return t(isQuotaExceeded(error) ? diskFull : otherwise);
}
