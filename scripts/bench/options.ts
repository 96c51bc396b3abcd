// Command-line flags shared by the benchmarks: `npm run bench:http -- -d 5 -c 20`.
import os from 'node:os';

export type BenchOptions = { seconds: number; connections: number; saves: number };

export function benchOptions(defaults: Partial<BenchOptions> = {}, argv = process.argv.slice(2)): BenchOptions {
  const options: BenchOptions = { seconds: 5, connections: 20, saves: 30, ...defaults };
  const flags: Record<string, keyof BenchOptions> = { '-d': 'seconds', '--duration': 'seconds', '-c': 'connections', '--connections': 'connections', '--saves': 'saves' };
  for (let i = 0; i < argv.length; i++) {
    const key = flags[argv[i]!];
    const value = Number(argv[i + 1]);
    if (!key || !Number.isFinite(value) || value <= 0) {
      console.error(`Unknown or invalid flag near "${argv[i]}". Flags: -d/--duration seconds, -c/--connections n, --saves n.`);
      process.exit(2);
    }
    options[key] = value;
    i++;
  }
  return options;
}

export function machineLoad(): string {
  return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`;
}

/** A Markdown table, columns padded so it reads in a terminal too. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const int = (n: number) => Math.round(n).toLocaleString('en');
export const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

/** Value at quantile q (0..1) of an ascending list. */
export const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
