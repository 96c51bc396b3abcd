// better-auth over our one SQLite connection. Sign-up is off: accounts come only from the command
// line (npm run user:create) and the admin page. better-auth's own HTTP routes are not mounted at
// all (no /api/auth): sign-in, sign-out and account changes run in Server Actions that call
// auth.api directly, and pages read the session through lib/auth/session.ts.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import type { Db } from '@/db/client';
import { findAccountById } from '@/db/queries/accounts';
import { settingOrInitial } from '@/db/mutations/auth-settings';
import { accounts, sessions, users, verifications } from '@/db/schema-auth';
import { publicOrigin } from '@/lib/site';
import { hashPassword, verifyPassword } from './passwords';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SESSION_ABSOLUTE_MS } from './policy';

export const COOKIE_PREFIX = 'memberline';

/** The key that signs session cookies: BETTER_AUTH_SECRET, or one generated once and kept in the database. */
export function authSecret(db: Db): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  return settingOrInitial(db, 'secret', () => randomBytes(32).toString('base64url'));
}

function createAuth(db: Db, secure: boolean) {
  return betterAuth({
    appName: 'Memberline',
    baseURL: publicOrigin() ?? (process.env.BETTER_AUTH_URL || 'http://localhost:3000'),
    secret: authSecret(db),
    database: drizzleAdapter(db, { provider: 'sqlite', schema: { user: users, session: sessions, account: accounts, verification: verifications } }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, defaultValue: 'editor', required: false },
        disabled: { type: 'boolean', input: false, defaultValue: false, required: false },
      },
    },
    session: {
      expiresIn: Math.floor(SESSION_ABSOLUTE_MS / 1000),
      // The idle limit is ours (lib/auth/session.ts); better-auth never extends the absolute end.
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    // Throttling is ours, per IP and per account, in the database (lib/auth/throttle.ts).
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account gets no new session, whatever path asks for one.
          before: async (session) => {
            const user = findAccountById(db, session.userId);
            return user && !user.disabled ? undefined : false;
          },
        },
      },
    },
    telemetry: { enabled: false },
    logger: { level: 'error' },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const instances = new WeakMap<Db, Map<boolean, Auth>>();

/** The better-auth instance for a database; `secure` when the site is served over HTTPS (PUBLIC_ORIGIN). */
export function getAuth(db: Db, secure = false): Auth {
  let byDb = instances.get(db);
  if (!byDb) instances.set(db, (byDb = new Map()));
  let auth = byDb.get(secure);
  if (!auth) byDb.set(secure, (auth = createAuth(db, secure)));
  return auth;
}
