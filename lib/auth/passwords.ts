// Password hashing: argon2id with at least OWASP's minimum cost.
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { createLimiter } from './limiter';
import { ARGON2_OPTIONS, PASSWORD_HASH_CONCURRENCY, PASSWORD_HASH_QUEUE, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './policy';

// Algorithm is a const enum (not importable under isolatedModules): 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
const options = { ...ARGON2_OPTIONS, algorithm: ARGON2ID };

/** Every argon2 run of this process goes through here; more than the queue holds is refused (BusyError). */
export const hashingSlots = createLimiter(PASSWORD_HASH_CONCURRENCY, PASSWORD_HASH_QUEUE);

export async function hashPassword(password: string): Promise<string> {
  return hashingSlots.run(() => hash(password, options));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return hashingSlots.run(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}

let dummyHash: Promise<string> | undefined;

/** Spends the same argon2 work as a real check, for an account that does not exist. */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword('memberline-no-such-account');
  await verifyPassword(await dummyHash, password);
  return false;
}

/** A message for a password that may not be used, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (password.trim().length === 0) return 'A password cannot be only spaces.';
  return null;
}
