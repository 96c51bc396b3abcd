// Two editors save the same record from the same version: one save wins, the other is told.
import { expect, it, vi } from 'vitest';
import { updateStatusChangeAction } from '@/app/status-changes/[id]/actions';
import { countRows } from '@/db/test-utils';
import { initial, toFormData } from './action-harness';
import { createWorld } from './world';

const current = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: () => current.db }));
vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  requireEditor: async () => ({ id: 'editor-1', name: 'An Editor', email: 'editor@example.org', role: 'editor' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// Posted by the page's script, as with JavaScript on: a save answers with the address to go to.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'next-action': 'form' }) }));

it('two saves of one status change from version 1: exactly one succeeds, the other gets the conflict message', async () => {
  const world = createWorld();
  current.db = world.db;
  const base = { organizationId: String(world.org.id), stateId: String(world.egy.id), dateKind: 'start', version: '1', summary: '' };
  const first = toFormData({ ...base, status: 'member', date: '1971' });
  const second = toFormData({ ...base, status: 'suspended', date: '1970', note: 'another reading' });
  const before = countRows(world.db);
  const results = await Promise.allSettled([updateStatusChangeAction(world.changeId, initial, first), updateStatusChangeAction(world.changeId, initial, second)]);
  const answers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const succeeded = answers.filter((a) => a.redirectTo?.includes('?recorded=correction'));
  const refused = answers.filter((a) => !a.redirectTo);
  expect(succeeded).toHaveLength(1);
  expect(refused).toHaveLength(1);
  expect(refused[0]!.message).toMatch(/^Someone saved this record after you opened it \(by An Editor; version 1 → 2\)\. What changed: .*date: 1970 → 1971.* Nothing was overwritten/);
  expect(refused[0]!.values.note).toBe('another reading');
  expect(countRows(world.db).revision).toBe(before.revision! + 1);
  expect(world.db.$client.prepare('select status, date, note, version from status_change where id = ?').get(world.changeId)).toEqual({ status: 'member', date: '1971', note: null, version: 2 });
});
