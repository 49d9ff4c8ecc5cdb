/** Keycloak realm roles known to ThiĐua (see the realm export in deploy/keycloak). */
export const ROLES = [
  'admin',
  'secretariat',
  'council-member',
  'cluster-lead',
  'unit-head',
  'unit-officer',
  'viewer',
  'integration',
] as const;

export type Role = (typeof ROLES)[number];

export function isKnownRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

/** True when no role is required, or the user holds at least one of them. */
export function hasAnyRole(userRoles: readonly string[] | undefined, required: readonly Role[] | undefined): boolean {
  if (!required || required.length === 0) return true;
  return (userRoles ?? []).some((role) => (required as readonly string[]).includes(role));
}
