// Every field of every form refuses an invisible control character with a message beside that
// field, and nothing is written: such a character would make the Atom feeds unreadable XML.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { countRows } from '@/db/test-utils';
import { controlCharacterProblem } from '@/lib/validation/fields';
import { initial, toFormData } from './action-harness';
import { actionSpecs } from './specs';
import { createWorld, type World } from './world';

const current = vi.hoisted(() => ({ db: null as unknown }));

vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: () => current.db }));
vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  requireEditor: async () => ({ id: 'editor-1', name: 'Control Editor', email: 'editor@example.org', role: 'editor' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), updateTag: vi.fn(), revalidateTag: vi.fn() }));
// Posted by the page's script, as with JavaScript on: a save answers with the address to go to.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'next-action': 'form' }) }));

const NOT_TEXT = new Set(['count', 'acceptedCitationId']);
let world: World;
beforeEach(() => {
  world = createWorld();
  current.db = world.db;
});

describe('control characters', () => {
  it('are named in the message', () => {
    expect(controlCharacterProblem('a\u0001b')).toBe('Remove the invisible control character (U+0001) from this text; it often comes with a copy and paste.');
    expect(controlCharacterProblem('tab\tnew\nline\r')).toBeNull();
    expect(controlCharacterProblem('del\u007f')).toMatch(/U\+007F/);
  });

  const specs = actionSpecs(createWorld());
  const cases = specs.flatMap((s) => Object.keys(s.bad).map((field) => [s.name, field] as const));

  it.each(cases)('%s: %s', async (name, field) => {
    const spec = actionSpecs(world).find((s) => s.name === name)!;
    const value = spec.base[field] ?? '';
    const values = { ...spec.base, [field]: `${value.slice(0, 3)}\u0001${value.slice(3)}` };
    const before = countRows(world.db);
    const state = await spec.run(initial, toFormData(values));
    // Numbers and list choices are not text: they refuse it with their own message.
    const expected = NOT_TEXT.has(field) ? expect.any(String) : expect.stringMatching(/^Remove the invisible control character \(U\+0001\)/);
    expect(state.errors[field]?.[0], JSON.stringify(state.errors)).toEqual(expected);
    expect(countRows(world.db)).toEqual(before);
  });
});
