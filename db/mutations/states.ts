import { and, eq, ne, or } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { MutationError } from '../errors';
import type { StateFormInput } from '@/lib/validation/state';
import type { Optional } from './inputs';
import { type Actor, mutate, requireVersion, takeSnapshot, type Tx, writeRevision } from '../revisions';

export type StateInput = Optional<StateFormInput, 'iso2' | 'iso3' | 'cowCode' | 'started' | 'ended' | 'successorId' | 'note'>;

function checkUnique(tx: Tx, input: StateInput, exceptId?: number) {
  const notSelf = (cond: ReturnType<typeof eq>) => (exceptId ? and(cond, ne(t.states.id, exceptId)) : cond);
  const codeTaken = tx.select({ id: t.states.id }).from(t.states).where(notSelf(eq(t.states.code, input.code))).get();
  if (codeTaken) throw new MutationError('This code is taken.', { code: ['Another state already uses this code.'] }, 'duplicate', { existingId: codeTaken.id });
  const iso = [input.iso2 ? eq(t.states.iso2, input.iso2) : null, input.iso3 ? eq(t.states.iso3, input.iso3) : null].filter((c) => c !== null);
  if (iso.length) {
    const isoTaken = tx.select().from(t.states).where(notSelf(or(...iso)!)).get();
    if (isoTaken) {
      const field = input.iso2 && isoTaken.iso2 === input.iso2 ? 'iso2' : 'iso3';
      throw new MutationError('This ISO code is taken.', { [field]: [`${isoTaken.name} already has this code.`] }, 'duplicate', { existingId: isoTaken.id });
    }
  }
  if (input.successorId !== undefined && input.successorId !== null) {
    if (input.successorId === exceptId) throw new MutationError('A state cannot succeed itself.', { successorId: ['A state cannot succeed itself.'] });
    if (!tx.select({ id: t.states.id }).from(t.states).where(eq(t.states.id, input.successorId)).get()) {
      throw new MutationError('Choose a successor that exists.', { successorId: ['There is no such state: choose one from the list.'] });
    }
  }
}

function columns(input: StateInput) {
  return {
    code: input.code, name: input.name, iso2: input.iso2 ?? null, iso3: input.iso3 ?? null, cowCode: input.cowCode ?? null, kind: input.kind,
    started: input.started ?? null, ended: input.ended ?? null, successorId: input.successorId ?? null, note: input.note ?? null,
  };
}

function writeOtherNames(tx: Tx, id: number, names: string[]) {
  tx.delete(t.stateNames).where(eq(t.stateNames.stateId, id)).run();
  for (const name of new Set(names)) tx.insert(t.stateNames).values({ stateId: id, name }).run();
}

export function createState(db: Db, actor: Actor, input: StateInput): number {
  return mutate(db, (tx) => {
    checkUnique(tx, input);
    const id = tx.insert(t.states).values(columns(input)).returning({ id: t.states.id }).get().id;
    writeOtherNames(tx, id, input.otherNames);
    writeRevision(tx, { entityType: 'state', entityId: id, action: 'create', before: null, after: takeSnapshot(tx, 'state', id), stateId: id, actor, summary: `Added ${input.name}` });
    return id;
  });
}

export function updateState(db: Db, actor: Actor, id: number, input: StateInput & { version: number; summary?: string | null }): void {
  mutate(db, (tx) => {
    const before = requireVersion(tx, 'state', id, input.version);
    checkUnique(tx, input, id);
    tx.update(t.states).set({ ...columns(input), version: before.version + 1, updatedAt: new Date().toISOString() }).where(eq(t.states.id, id)).run();
    writeOtherNames(tx, id, input.otherNames);
    writeRevision(tx, { entityType: 'state', entityId: id, action: 'update', before, after: takeSnapshot(tx, 'state', id), stateId: id, actor, summary: input.summary || `Edited ${input.name}` });
  });
}
