// Candidates to form values and back: a candidate is a row of fields `facts.N.*`, so that the
// form works without JavaScript and keeps what the editor typed.
import type { RecordCheck } from '@/lib/extract/record-check';
import type { Candidate, Highlight } from '@/lib/extract/types';

export function candidateValues(candidates: { candidate: Candidate; check: RecordCheck }[]): Record<string, string> {
  const values: Record<string, string> = {};
  candidates.forEach(({ candidate: c, check }, i) => {
    const p = `facts.${i}.`;
    Object.assign(values, {
      [`${p}keep`]: check.verdict === 'new' ? 'on' : '',
      [`${p}kind`]: c.kind,
      [`${p}organization`]: c.organization,
      [`${p}state`]: c.state ?? '',
      [`${p}status`]: c.status ?? '',
      [`${p}count`]: c.count === null ? '' : String(c.count),
      [`${p}date`]: c.date ?? '',
      [`${p}dateKind`]: c.dateKind ?? '',
      [`${p}quote`]: c.quote,
      [`${p}marks`]: c.highlights.map((h) => `${h.start}-${h.end}-${h.role}`).join(','),
      [`${p}verdict`]: check.verdict,
      [`${p}detail`]: check.detail ?? '',
    });
  });
  return values;
}

export function parseMarks(marks: string | undefined, quote: string): Highlight[] {
  const out: Highlight[] = [];
  for (const part of (marks ?? '').split(',')) {
    const m = /^(\d+)-(\d+)-(trigger|organization|state|date|count)$/.exec(part);
    if (m && Number(m[2]) <= quote.length && Number(m[1]) < Number(m[2])) out.push({ start: Number(m[1]), end: Number(m[2]), role: m[3] as Highlight['role'] });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function factIndexes(values: Record<string, string>): number[] {
  const found = new Set<number>();
  for (const key of Object.keys(values)) {
    const m = /^facts\.(\d{1,2})\./.exec(key);
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b);
}
