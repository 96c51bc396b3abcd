// npm run db:backup -- FILE — an online, consistent copy of the database, safe while the app runs.
import fs from 'node:fs';
import { backupDatabase, openForBackup } from '../db/backup';
import { databasePath } from '../db/connection';

async function main() {
  const target = process.argv[2];
  if (!target || target.startsWith('-')) {
    console.error('Usage: npm run db:backup -- FILE   (copies the database at DATABASE_PATH into FILE)');
    process.exit(2);
  }
  if (fs.existsSync(target)) {
    console.error(`${target} already exists; choose a new file name (nothing was written).`);
    process.exit(1);
  }
  const file = databasePath();
  if (!fs.existsSync(file)) {
    console.error(`There is no database at ${file} (set DATABASE_PATH).`);
    process.exit(1);
  }
  const db = openForBackup(file);
  try {
    const result = await backupDatabase(db, target);
    console.log(`Backed up ${file} to ${result.file}: ${(result.bytes / 1e6).toFixed(1)} MB, integrity ok, schema at ${result.migration}.`);
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
