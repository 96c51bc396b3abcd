import { describe, expect, it } from 'vitest';
import { createTestDb } from '@/db/test-utils';
import { createAccount } from './accounts';
import { MutationError } from '@/db/errors';

describe('creating an account', () => {
  it('refuses control characters in the name and the email, which revisions and feeds show', async () => {
    const db = createTestDb();
    const attempt = (email: string, name: string) => createAccount(db, { email, name, role: 'editor', password: 'a long enough password' }, { id: null }).catch((e: unknown) => e);
    const badName = await attempt('ed@example.org', 'Ed\u0001itor');
    expect(badName).toBeInstanceOf(MutationError);
    expect((badName as MutationError).fieldErrors).toEqual({ name: ['Remove the invisible control character from the name.'] });
    const badEmail = await attempt('ed\u0007@example.org', 'Editor');
    expect((badEmail as MutationError).fieldErrors).toEqual({ email: ['Enter an email address like name@example.org.'] });
    expect(db.$client.prepare('select count(*) as n from user').get()).toEqual({ n: 0 });
  });
});
