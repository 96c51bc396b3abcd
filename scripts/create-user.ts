// npm run user:create -- --email you@example.org --role admin [--name "Your Name"]
// The password is read from MEMBERLINE_PASSWORD or asked for (hidden): never an argument, so it
// never lands in the shell history.
import { parseArgs } from 'node:util';
import { databasePath, openDatabase } from '../db/connection';
import { MutationError } from '../db/errors';
import { createAccount } from '../lib/auth/accounts';
import { PASSWORD_MIN_LENGTH } from '../lib/auth/policy';
import { isRole } from '../lib/auth/roles';
import { readHiddenLine } from './read-hidden-line';

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string', default: 'editor' }, name: { type: 'string' }, password: { type: 'string' } } });
  if (values.password !== undefined) fail('Do not pass a password as an argument: set MEMBERLINE_PASSWORD or type it when asked.');
  if (!values.email) fail('Usage: npm run user:create -- --email you@example.org --role admin|editor [--name "Your Name"]');
  if (!isRole(values.role)) fail('--role must be editor or admin.');
  let password = process.env.MEMBERLINE_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) fail('No terminal to ask for the password: set MEMBERLINE_PASSWORD.');
    password = await readHiddenLine(`Password for ${values.email} (at least ${PASSWORD_MIN_LENGTH} characters): `);
    const again = await readHiddenLine('Same password again: ');
    if (again !== password) fail('The two passwords differ.');
  }
  const db = openDatabase();
  try {
    const user = await createAccount(db, { email: values.email, name: values.name || values.email.split('@')[0]!, role: values.role, password }, { id: null, ip: 'command line' });
    console.log(`Created ${user.role} ${user.email} in ${databasePath()}.`);
  } catch (error) {
    if (error instanceof MutationError) fail([error.message, ...Object.values(error.fieldErrors).flat()].join(' '));
    throw error;
  } finally {
    db.$client.close();
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

void main();
