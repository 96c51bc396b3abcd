// Writes to accounts: the user row with its password credential, role, disabling and enabling.
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { accounts, sessions, users, type User } from '../schema-auth';

export type AccountRow = Pick<User, 'id' | 'email' | 'name' | 'role'>;

/** The user and its password credential, together or not at all. */
export function insertAccountWithPassword(db: Db, account: AccountRow, passwordHash: string, credentialId: string, at: Date): User {
  return db.transaction(
    (tx) => {
      const row = tx.insert(users).values({ ...account, emailVerified: false, createdAt: at, updatedAt: at }).returning().get();
      tx.insert(accounts).values({ id: credentialId, accountId: account.id, providerId: 'credential', userId: account.id, password: passwordHash, createdAt: at, updatedAt: at }).run();
      return row;
    },
    { behavior: 'immediate' },
  );
}

export function setAccountRole(db: Db, id: string, role: User['role'], at: Date): void {
  db.update(users).set({ role, updatedAt: at }).where(eq(users.id, id)).run();
}

/** Disabling deletes the account's sessions in the same transaction: it is signed out at once. */
export function setAccountDisabled(db: Db, id: string, disabled: boolean, at: Date): void {
  db.transaction(
    (tx) => {
      tx.update(users).set({ disabled, updatedAt: at }).where(eq(users.id, id)).run();
      if (disabled) tx.delete(sessions).where(eq(sessions.userId, id)).run();
    },
    { behavior: 'immediate' },
  );
}
