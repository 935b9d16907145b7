import { permissionsOf, type Permission, type Role } from '../../common/roles.js';

/** Who is acting: a signed-in person or a system with a bearer token. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  kind: 'person' | 'service';
  roles: Role[];
  permissions: Permission[];
  departmentId: string | null;
  /** Departments whose cases the actor may see: 'all', or a list (may be empty). */
  caseDepartments: 'all' | string[];
}

/** The request an action belongs to, carried into the audit trail. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
}

/** The system itself, for work nobody asked for in a request (demo seeding, migrations). */
export function systemContext(requestId = 'system'): RequestContext {
  return {
    requestId,
    actor: {
      id: 'system',
      username: 'system',
      displayName: '系统',
      kind: 'service',
      roles: [],
      permissions: [],
      departmentId: null,
      caseDepartments: 'all',
    },
  };
}

/**
 * Which departments' cases a user may see (DESIGN.md §5): court-wide readers see all; staff see
 * their own department; a scanner sees the departments his scanning point serves.
 */
export function caseDepartmentsFor(input: {
  roles: readonly Role[];
  departmentId: string | null;
  scanningPointDepartmentIds: readonly string[];
}): 'all' | string[] {
  const perms = permissionsOf(input.roles);
  if (!perms.includes('case.read')) return [];
  if (perms.includes('case.read.all')) return 'all';
  const out = new Set<string>();
  if (input.departmentId) out.add(input.departmentId);
  if (input.roles.includes('scanner')) for (const d of input.scanningPointDepartmentIds) out.add(d);
  return [...out];
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.includes(permission);
}

/** True when the actor may see (and, with case.write, change) a case of this department. */
export function canSeeDepartment(actor: Actor, departmentId: string): boolean {
  return actor.caseDepartments === 'all' || actor.caseDepartments.includes(departmentId);
}
