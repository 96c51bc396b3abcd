// Account management: create, change role, disable (ending every session at once), enable.
import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { insertAccountWithPassword, setAccountDisabled, setAccountRole } from '@/db/mutations/accounts';
import { MutationError } from '@/db/errors';
import { countOtherActiveAdmins, findAccountByEmail, findAccountById } from '@/db/queries/accounts';
import type { User } from '@/db/schema-auth';
import { ROLES, type Role } from '@/lib/domain/statuses';
import { logAuthEvent } from './events';
import { hashPassword, passwordProblem } from './passwords';
import { unlockAccount } from './throttle';

export { findAccountByEmail };

export type NewAccount = { email: string; name: string; role: Role; password: string };
type Actor = { id: string | null; ip?: string | null };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// A name is shown on every revision and in the feeds: no control characters at all.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

export async function createAccount(db: Db, input: NewAccount, actor: Actor, now = Date.now()): Promise<User> {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const errors: Record<string, string[]> = {};
  if (!EMAIL.test(email) || email.length > 254 || CONTROL_CHARACTER.test(email)) errors.email = ['Enter an email address like name@example.org.'];
  if (name.length === 0 || name.length > 100) errors.name = ['Enter a name of 1 to 100 characters.'];
  else if (CONTROL_CHARACTER.test(name)) errors.name = ['Remove the invisible control character from the name.'];
  if (!ROLES.includes(input.role)) errors.role = ['Choose editor or admin.'];
  const problem = passwordProblem(input.password);
  if (problem) errors.password = [problem];
  if (!errors.email && findAccountByEmail(db, email)) errors.email = ['An account with this email already exists.'];
  if (Object.keys(errors).length > 0) throw new MutationError('The account was not created.', errors);

  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  const at = new Date(now);
  const user = insertAccountWithPassword(db, { id, email, name, role: input.role }, passwordHash, randomUUID(), at);
  logAuthEvent(db, { kind: 'account-created', userId: actor.id, email, ip: actor.ip ?? null, detail: `${id} as ${input.role}` }, now);
  return user;
}

function getAccount(db: Db, id: string): User {
  const user = findAccountById(db, id);
  if (!user) throw new MutationError('This account does not exist.', {}, 'not-found');
  return user;
}

export function changeRole(db: Db, id: string, role: Role, actor: Actor, now = Date.now()): void {
  if (!ROLES.includes(role)) throw new MutationError('Choose editor or admin.', { role: ['Choose editor or admin.'] });
  const user = getAccount(db, id);
  if (user.role === role) return;
  if (user.role === 'admin' && countOtherActiveAdmins(db, id) === 0) throw new MutationError('The last admin cannot become an editor: make another admin first.', {}, 'conflict');
  setAccountRole(db, id, role, new Date(now));
  logAuthEvent(db, { kind: 'role-changed', userId: actor.id, email: user.email, ip: actor.ip ?? null, detail: `${id}: ${user.role} → ${role}` }, now);
}

/** Disables an account and deletes its sessions in the same transaction: it is signed out at once. */
export function disableAccount(db: Db, id: string, actor: Actor, now = Date.now()): void {
  const user = getAccount(db, id);
  if (user.id === actor.id) throw new MutationError('You cannot disable your own account.', {}, 'forbidden');
  if (user.role === 'admin' && !user.disabled && countOtherActiveAdmins(db, id) === 0) throw new MutationError('The last admin cannot be disabled.', {}, 'conflict');
  setAccountDisabled(db, id, true, new Date(now));
  logAuthEvent(db, { kind: 'account-disabled', userId: actor.id, email: user.email, ip: actor.ip ?? null, detail: id }, now);
}

export function enableAccount(db: Db, id: string, actor: Actor, now = Date.now()): void {
  const user = getAccount(db, id);
  setAccountDisabled(db, id, false, new Date(now));
  logAuthEvent(db, { kind: 'account-enabled', userId: actor.id, email: user.email, ip: actor.ip ?? null, detail: id }, now);
}

/** Lets an account sign in again at once from every address, after failed attempts held it back. */
export function unlockSignIn(db: Db, id: string, actor: Actor, now = Date.now()): number {
  const user = getAccount(db, id);
  const cleared = unlockAccount(db, user.email);
  logAuthEvent(db, { kind: 'sign-in-unlocked', userId: actor.id, email: user.email, ip: actor.ip ?? null, detail: `${id}: ${cleared} counter${cleared === 1 ? '' : 's'} cleared` }, now);
  return cleared;
}
