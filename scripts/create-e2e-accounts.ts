// Creates the end-to-end test accounts (e2e/fixtures/accounts.ts) in DATABASE_PATH.
import { openDatabase } from '../db/connection';
import { createAccount, findAccountByEmail } from '../lib/auth/accounts';
import { TEST_ACCOUNTS } from '../e2e/fixtures/accounts';

async function main() {
  const db = openDatabase();
  for (const [role, account] of Object.entries(TEST_ACCOUNTS) as [keyof typeof TEST_ACCOUNTS, (typeof TEST_ACCOUNTS)['editor']][]) {
    if (!findAccountByEmail(db, account.email)) await createAccount(db, { ...account, role }, { id: null, ip: 'e2e setup' });
  }
  db.$client.close();
}

void main();
