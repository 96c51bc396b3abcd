// npm run db:restore -- FILE — replaces the database with a backup, after checking the backup's
// integrity and that this code knows its migrations. Stop the server first.
import { databasePath } from '../db/connection';
import { restoreDatabase, RestoreRefused } from '../db/backup';

async function main() {
  const backup = process.argv[2];
  if (!backup || backup.startsWith('-')) {
    console.error('Usage: npm run db:restore -- FILE   (replaces the database at DATABASE_PATH with the backup FILE; stop the server first)');
    process.exit(2);
  }
  const target = databasePath();
  const result = await restoreDatabase(backup, target);
  if (result.previous) console.log(`The database that was there is kept at ${result.previous}.`);
  const pending = result.pending ? ` ${result.pending} newer migration${result.pending === 1 ? '' : 's'} will be applied when the app starts.` : '';
  console.log(`Restored ${backup} into ${target}: integrity ok, schema at ${result.migration}.${pending}`);
}

main().catch((error: unknown) => {
  if (error instanceof RestoreRefused) console.error(`Not restored: ${error.message} The database was not changed.`);
  else console.error(`The restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
