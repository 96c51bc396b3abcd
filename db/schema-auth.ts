// Accounts, sessions and sign-in bookkeeping. The first four tables are the shape better-auth
// expects (user, session, account, verification); the rest are ours.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../lib/domain/statuses';

const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const users = sqliteTable(
  'user',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
    image: text('image'),
    role: text('role', { enum: ROLES }).notNull().default('editor'),
    /** A disabled account cannot sign in and has no sessions; re-enabling restores it. */
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('user_email_idx').on(t.email)],
);

export const sessions = sqliteTable(
  'session',
  {
    id: text('id').primaryKey(),
    /** The absolute end of the session; the idle limit is checked against updatedAt. */
    expiresAt: timestamp('expires_at').notNull(),
    token: text('token').notNull(),
    createdAt: timestamp('created_at').notNull(),
    /** Last time the session was used (moved forward at most once a minute). */
    updatedAt: timestamp('updated_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('session_token_idx').on(t.token), index('session_user_idx').on(t.userId)],
);

export const accounts = sqliteTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at'),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at'),
    scope: text('scope'),
    /** argon2id hash (PHC string). */
    password: text('password'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [index('account_user_idx').on(t.userId)],
);

export const verifications = sqliteTable(
  'verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [index('verification_identifier_idx').on(t.identifier)],
);

/** Failed sign-in counters, one row per IP address or account ("ip:…", "account:…"). */
export const signInThrottles = sqliteTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  /** Milliseconds since the epoch. */
  firstFailureAt: integer('first_failure_at').notNull(),
  lastFailureAt: integer('last_failure_at').notNull(),
  blockedUntil: integer('blocked_until'),
});

/** Sign-ins, sign-outs, refusals and account changes, for the admins to read. */
export const authEvents = sqliteTable(
  'auth_event',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    kind: text('kind', {
      enum: ['sign-in', 'sign-in-failed', 'sign-in-throttled', 'sign-out', 'refused', 'account-created', 'role-changed', 'account-disabled', 'account-enabled', 'session-ended', 'sign-in-unlocked'],
    }).notNull(),
    userId: text('user_id'),
    email: text('email'),
    ip: text('ip'),
    /** What was refused or changed: an action id, a path, a role. Never a password. */
    detail: text('detail'),
  },
  (t) => [index('auth_event_at_idx').on(t.at), index('auth_event_kind_idx').on(t.kind, t.at)],
);

/** Settings the server generates once and keeps: the key that signs session cookies. */
export const authSettings = sqliteTable('auth_setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type AuthEvent = typeof authEvents.$inferSelect;
