// Opens the database (which applies pending migrations) and loads the shipped data when empty.
import { databasePath, openDatabase } from '../db/client';
import { isDatabaseEmpty, seedDatabase } from '../db/seed';

const started = performance.now();
const db = openDatabase();
if (isDatabaseEmpty(db)) {
  console.log(`Loading the shipped data into ${databasePath()} …`);
  const report = seedDatabase(db);
  console.log(`Loaded ${report.isoStates} ISO states, ${Object.keys(report.files).length} facts files, ${report.cow.organizations} COW organizations in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} else {
  console.log(`Database ready: ${databasePath()}`);
}
db.$client.close();
