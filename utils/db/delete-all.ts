/**
 * "Delete everything": the database, and what the user allowed the
 * extension besides it (access to the sites they added, notifications for a
 * reminder). Takes the browser's APIs as parameters, so every step and every
 * failure can be tested.
 *
 * Only what the user added is removed: the built-in suites' patterns and
 * whatever the manifest requires cannot be removed, and asking for them
 * makes the browser refuse the whole call ("You cannot remove required
 * permissions"). One call per origin, so one refusal keeps no other site.
 */
import { HOSTED_SUITE_MATCHES } from '../adapters/hosts';
import { t } from '../i18n';
import type { SiteRule } from '../model';
import { CUSTOM_SITES_SCRIPT_ID, isCustomSitePattern } from '../sites';
import { DatabaseBlockedError } from './data';

const NOTIFICATIONS = 'notifications';

export interface PermissionRequest {
  origins?: string[];
  permissions?: string[];
}

export interface DeleteAllApis {
  permissions: {
    getAll(): Promise<PermissionRequest>;
    remove(permissions: PermissionRequest): Promise<boolean>;
  };
  /** Unregisters the custom sites' content script; absent where the browser has no scripting API. */
  scripting?: { unregisterContentScripts(filter: { ids: string[] }): Promise<unknown> };
  /** The extension's manifest: what it requires is not the user's to remove. */
  manifest: { permissions?: readonly string[]; host_permissions?: readonly string[] };
  /** The user's site rules, read before the database goes. */
  readSiteRules(): Promise<SiteRule[]>;
  /** Deletes the database; rejects with `DatabaseBlockedError` when another page keeps it open. */
  deleteDatabase(): Promise<void>;
}

export interface DeleteAllResult {
  database: 'deleted' | 'blocked' | 'failed';
  /** Site patterns whose access was removed. */
  sitesRemoved: string[];
  /** Site patterns whose access the browser would not remove. */
  sitesKept: string[];
  notifications: 'removed' | 'kept' | 'not-held';
}

/** The patterns of the sites the user added: their rules, and any other optional origin still granted. */
export function userAddedOrigins(
  rules: readonly Pick<SiteRule, 'pattern'>[],
  granted: readonly string[],
  required: ReadonlySet<string>,
  builtIn: readonly string[] = HOSTED_SUITE_MATCHES,
): string[] {
  const isUsers = (origin: string) => !required.has(origin) && !builtIn.includes(origin);
  const fromRules = rules.map((rule) => rule.pattern).filter((pattern) => isUsers(pattern) && isCustomSitePattern(pattern));
  return [...new Set([...fromRules, ...granted.filter(isUsers)])].sort();
}

async function removeOne(apis: DeleteAllApis, request: PermissionRequest): Promise<boolean> {
  try {
    return (await apis.permissions.remove(request)) !== false;
  } catch {
    return false;
  }
}

export async function deleteAllData(apis: DeleteAllApis): Promise<DeleteAllResult> {
  const required = new Set([...(apis.manifest.permissions ?? []), ...(apis.manifest.host_permissions ?? [])]);
  const [rules, granted] = await Promise.all([
    apis.readSiteRules().catch((): SiteRule[] => []),
    apis.permissions.getAll().catch((): PermissionRequest | undefined => undefined),
  ]);

  await apis.scripting?.unregisterContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] }).catch(() => undefined);
  const sitesRemoved: string[] = [];
  const sitesKept: string[] = [];
  for (const origin of userAddedOrigins(rules, granted?.origins ?? [], required)) {
    ((await removeOne(apis, { origins: [origin] })) ? sitesRemoved : sitesKept).push(origin);
  }

  // Held only once the user turned a reminder on (unless a build requires it).
  const holdsNotifications = !required.has(NOTIFICATIONS) && (granted ? (granted.permissions ?? []).includes(NOTIFICATIONS) : true);
  let notifications: DeleteAllResult['notifications'] = 'not-held';
  if (holdsNotifications) notifications = (await removeOne(apis, { permissions: [NOTIFICATIONS] })) ? 'removed' : 'kept';
  // Without a list of what is held, a failed removal may be of nothing.
  if (!granted && notifications === 'kept') notifications = 'not-held';

  let database: DeleteAllResult['database'] = 'deleted';
  try {
    await apis.deleteDatabase();
  } catch (error) {
    database = error instanceof DatabaseBlockedError ? 'blocked' : 'failed';
  }
  return { database, sitesRemoved, sitesKept, notifications };
}

/** A site pattern as a person reads it: its origin. */
const originOf = (pattern: string) => pattern.replace(/\/\*$/, '');

/** What the options page says after deleting: what was deleted, and what could not be and what to do. */
export function deleteAllStatus(result: DeleteAllResult): { kind: 'ok' | 'error'; text: string } {
  const parts = [t(result.database === 'deleted' ? 'deleteDone' : result.database === 'blocked' ? 'deleteBlocked' : 'deleteFailed')];
  if (result.sitesKept.length > 0) parts.push(t('deleteSitesKept', result.sitesKept.map(originOf).join(', ')));
  if (result.notifications === 'kept') parts.push(t('deleteNotificationsKept'));
  const complete = result.database === 'deleted' && result.sitesKept.length === 0 && result.notifications !== 'kept';
  return { kind: complete ? 'ok' : 'error', text: parts.join(' ') };
}
