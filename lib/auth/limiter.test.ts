import { describe, expect, it } from 'vitest';
import { BusyError, createLimiter } from './limiter';
import { hashingSlots } from './passwords';
import { PASSWORD_HASH_CONCURRENCY } from './policy';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('a bound on concurrent work', () => {
  it('runs at most `concurrency` tasks, queues a few, refuses the rest, and moves on as tasks end', async () => {
    const limiter = createLimiter(2, 2);
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    const runs = gates.map((g, i) => limiter.run(async () => (started.push(i), await g.promise, i)));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limiter.waiting()).toBe(2);
    await expect(runs[4]).rejects.toBeInstanceOf(BusyError);
    gates[0]!.resolve();
    await runs[0];
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.resolve();
    expect(await Promise.all(runs.slice(0, 4))).toEqual([0, 1, 2, 3]);
    expect(limiter.active()).toBe(0);
  });

  it('a task that fails still frees its slot', async () => {
    const limiter = createLimiter(1, 0);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });

  it('every password hash goes through one bound of the process', async () => {
    const { hashPassword } = await import('./passwords');
    const work = Promise.all(Array.from({ length: 4 }, () => hashPassword('a password of some length')));
    expect(hashingSlots.active()).toBeLessThanOrEqual(PASSWORD_HASH_CONCURRENCY);
    expect(hashingSlots.waiting()).toBe(4 - PASSWORD_HASH_CONCURRENCY);
    await work;
  });
});
