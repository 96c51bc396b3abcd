// A bound on concurrent work: at most `concurrency` tasks run, at most `queue` wait, and any more
// are refused at once, so a flood of anonymous sign-ins cannot pile up argon2 runs and memory.
export class BusyError extends Error {
  constructor() {
    super('The server is busy; try again in a few seconds.');
    this.name = 'BusyError';
  }
}

export type Limiter = { run<T>(task: () => Promise<T>): Promise<T>; active(): number; waiting(): number };

export function createLimiter(concurrency: number, queue: number): Limiter {
  let running = 0;
  const waiters: (() => void)[] = [];
  const release = () => {
    running--;
    const next = waiters.shift();
    if (next) {
      running++;
      next();
    }
  };
  return {
    async run(task) {
      if (running >= concurrency) {
        if (waiters.length >= queue) throw new BusyError();
        await new Promise<void>((resolve) => waiters.push(resolve));
      } else running++;
      try {
        return await task();
      } finally {
        release();
      }
    },
    active: () => running,
    waiting: () => waiters.length,
  };
}
