// A fully seeded database for tests that only read the shipped data: seeded once per test run
// (test-global-setup.ts), then copied, so each test file gets its own file in a second.
import fs from 'node:fs';
import { inject } from 'vitest';
import type { Db } from './client';
import { createTestDb, tempDatabasePath } from './test-utils';

declare module 'vitest' {
  export interface ProvidedContext {
    seededTemplate: string;
  }
}

export function createSeededTestDb(): Db {
  const file = tempDatabasePath();
  fs.copyFileSync(inject('seededTemplate'), file);
  return createTestDb(file);
}
