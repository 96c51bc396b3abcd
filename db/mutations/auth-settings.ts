// Settings the sign-in machinery keeps in the database, written once and read ever after.
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { authSettings } from '../schema-auth';

/** The stored value of a setting; the first caller's `initial` when none was stored yet. */
export function settingOrInitial(db: Db, key: string, initial: () => string): string {
  db.insert(authSettings).values({ key, value: initial() }).onConflictDoNothing().run();
  return db.select().from(authSettings).where(eq(authSettings.key, key)).get()!.value;
}
