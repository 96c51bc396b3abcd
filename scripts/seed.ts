// npm run db:seed — loads the shipped data; inserts only what is missing, so a second run changes nothing.
import { databasePath, openDatabase } from '../db/connection';
import { seedDatabase } from '../db/seed';

const db = openDatabase();
const report = seedDatabase(db);
console.log(`Seeded ${databasePath()}`);
console.log(`ISO states added: ${report.isoStates}`);
for (const [file, s] of Object.entries(report.files)) {
  console.log(`${file}: ${Object.entries(s).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
console.log(`COW IGO v3: organizations ${report.cow.organizations}, states ${report.cow.states}, changes ${report.cow.changes}, disagreements ${report.cow.disagreements}`);
db.$client.close();
