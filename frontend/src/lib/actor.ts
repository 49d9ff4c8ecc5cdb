import type { TFunction } from 'i18next';
import { isKnownRole } from './auth/roles';

/** Who acted, as the API's history entries name them (older events carry only the login name). */
export type Actor = { actor: string; actorName?: string | null; actorRoles?: readonly string[] | null };

/**
 * "Nguyễn Văn An (Thủ trưởng đơn vị)": the actor's name and roles in the user's language, never the login name
 * alone ("unit-officer: upload"). An older event without a name shows its login name, or the role's name when the
 * login name is a role's (the demo accounts'); roles this build does not know are left out.
 */
export function actorLabel(entry: Actor, t: TFunction): string {
  const roles = (entry.actorRoles ?? []).filter(isKnownRole).map((role) => t(`enums.role.${role}`));
  const name = entry.actorName?.trim() || (isKnownRole(entry.actor) ? t(`enums.role.${entry.actor}`) : entry.actor);
  const extra = roles.filter((role) => role !== name);
  return extra.length > 0 ? `${name} (${extra.join(', ')})` : name;
}
