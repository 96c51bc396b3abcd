import { ROLES, type Role } from '@/lib/domain/statuses';

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
