// Every form action fed generated bad input: no exception escapes, nothing is written, and each
// submission is answered with a message beside a field, with everything typed sent back.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { countRows } from '@/db/test-utils';
import { checkBadInputs, initial, toFormData } from './action-harness';
import { actionSpecs } from './specs';
import { createWorld, type World } from './world';

const current = vi.hoisted(() => ({ db: null as unknown }));

vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: () => current.db }));
vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  requireEditor: async () => ({ id: 'editor-1', name: 'Property Editor', email: 'editor@example.org', role: 'editor' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// Posted by the page's script, as with JavaScript on: a save answers with the address to go to.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'next-action': 'form' }) }));

const RUNS = Number(process.env.BAD_INPUT_RUNS || 1_000);
let world: World;

beforeEach(() => {
  world = createWorld();
  current.db = world.db;
});

const names = actionSpecs(createWorld()).map((s) => s.name);

describe.each(names)('%s', (name) => {
  const spec = () => actionSpecs(world).find((s) => s.name === name)!;

  it(`answers ${RUNS} bad submissions with field errors and writes nothing`, async () => {
    const { runs, ms } = await checkBadInputs(world.db as Db, spec(), RUNS);
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    console.info(`bad input: ${name}: ${runs} submissions in ${Math.round(ms)} ms`);
  });

  it('accepts the valid submission the bad ones are made from', async () => {
    const before = countRows(world.db);
    const state = await spec().run(initial, toFormData(spec().base));
    expect(state.errors).toEqual({});
    expect(state.redirectTo).toMatch(/^\/(organizations|countries|sources|history)[/?]/);
    expect(countRows(world.db).revision).toBe((before.revision ?? 0) + 1);
  });
});
