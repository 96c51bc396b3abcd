// Work the server does on a timer, on its own connection: the backup schedule (BACKUP_DIR,
// BACKUP_INTERVAL_MINUTES, BACKUP_KEEP) and pruning of sign-in counters and old auth events.
import { openDatabase } from '../db/connection';
import { scheduledBackup } from '../db/backup';
import { pruneAuthRecords } from '../lib/auth/retention';

const HOUR = 60 * 60 * 1000;

export function backupSettings(env: Record<string, string | undefined> = process.env): { dir: string; intervalMs: number; keep: number } | null {
  const dir = env.BACKUP_DIR;
  if (!dir) return null;
  const minutes = Number(env.BACKUP_INTERVAL_MINUTES || 60);
  const keep = Number(env.BACKUP_KEEP || 24);
  return {
    dir,
    intervalMs: Math.max(1, Number.isFinite(minutes) ? minutes : 60) * 60_000,
    keep: Number.isInteger(keep) && keep >= 1 ? keep : 24,
  };
}

export function startMaintenance(): { stop(): void; done(): Promise<void> } {
  const db = openDatabase();
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const timers: NodeJS.Timeout[] = [];
  const queue = (work: () => Promise<void> | void) => {
    if (stopped) return;
    running = running.then(work).catch((error: unknown) => console.error('maintenance:', error instanceof Error ? error.message : error));
  };

  const prune = () => {
    const pruned = pruneAuthRecords(db, Date.now());
    if (pruned.throttles || pruned.events) console.info(JSON.stringify({ maintenance: 'pruned', ...pruned }));
  };
  queue(prune);
  timers.push(setInterval(() => queue(prune), HOUR));

  const backups = backupSettings();
  if (backups) {
    const backup = async () => {
      const result = await scheduledBackup(db.$client, backups.dir, backups.keep);
      console.info(JSON.stringify({ maintenance: 'backup', file: result.file, bytes: result.bytes, removed: result.removed.length }));
    };
    queue(backup);
    timers.push(setInterval(() => queue(backup), backups.intervalMs));
    console.log(`Backups every ${backups.intervalMs / 60_000} min into ${backups.dir}, keeping ${backups.keep}.`);
  }
  for (const t of timers) t.unref();

  return {
    stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
    },
    async done() {
      await running;
      db.$client.close();
    },
  };
}
