// Seeds the shipped data (curated facts, official lists, the COW import) once for the whole run.
import type { TestProject } from 'vitest/node';
import { seedDatabase } from './seed';
import { createTestDb, tempDatabasePath } from './test-utils';

export default function setup(project: TestProject) {
  const file = tempDatabasePath();
  const db = createTestDb(file);
  seedDatabase(db);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  project.provide('seededTemplate', file);
}
