/**
 * Staff roles, each including everything below it: `atendente` serves customers at the desk; `supervisor`
 * also reads the audit trail and unlocks locked-out documents; `admin` also manages staff users and totems.
 */
export const STAFF_ROLES = ['atendente', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const RANK: Record<StaffRole, number> = { atendente: 1, supervisor: 2, admin: 3 };

export function roleAtLeast(role: StaffRole, minimum: StaffRole): boolean {
  return RANK[role] >= RANK[minimum];
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}
