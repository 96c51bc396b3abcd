// Opens the database (which applies pending migrations) and loads the shipped data when empty.
import { databasePath, openDatabase } from '../db/connection';
import { isDatabaseEmpty, seedDatabase } from '../db/seed';

const started = performance.now();
const db = openDatabase();
if (isDatabaseEmpty(db)) {
  console.log(`Loading the shipped data into ${databasePath()} …`);
  const report = seedDatabase(db);
  const { cow } = report;
  console.log(`Loaded ${report.isoStates} ISO states and ${Object.keys(report.files).length} curated facts files.`);
  console.log(`COW IGO v3: ${cow.organizations} organizations, ${cow.states} states, ${cow.changes} status changes, ${cow.disagreements} dates that disagree with a curated source.`);
  console.log(`Ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} else {
  console.log(`Database ready: ${databasePath()}`);
}
db.$client.close();
