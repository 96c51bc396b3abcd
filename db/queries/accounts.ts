// Reads of accounts and sessions: who an email or id is, the admin page's list, a stored session.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { sessions, users, type Session, type User } from '../schema-auth';

export function findAccountByEmail(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export function findAccountById(db: Db, id: string): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** Every account with how many sessions it holds, by email. */
export function listAccounts(db: Db) {
  const active = sql<number>`(select count(*) from session s where s.user_id = "user"."id")`;
  return db.select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, createdAt: users.createdAt, sessions: active }).from(users).orderBy(asc(users.email)).all();
}

/** Admins other than this account who may still sign in. */
export function countOtherActiveAdmins(db: Db, id: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, id))).get()!.n;
}

export function findSessionById(db: Db, id: string): Session | undefined {
  return db.select().from(sessions).where(eq(sessions.id, id)).get();
}
