import { describe, expect, it } from 'vitest';
import { statusHistoryPage } from './status-history-page';
import type { Status } from './statuses';

const lines = Array.from({ length: 45 }, (_, i) => ({ id: i, status: (i % 3 === 0 ? 'suspended' : 'member') as Status, subject: i % 2 ? 'egy' : 'rus' }));

describe('statusHistoryPage', () => {
  it('pages the whole history', () => {
    const first = statusHistoryPage(lines, (l) => l.subject, { subject: null, status: null }, 1);
    expect(first).toMatchObject({ total: 45, page: 1, pageCount: 3 });
    expect(first.lines.map((l) => l.id)).toEqual(lines.slice(0, 20).map((l) => l.id));
    expect(statusHistoryPage(lines, (l) => l.subject, { subject: null, status: null }, 3).lines).toHaveLength(5);
  });

  it('filters by subject and status together, every line reachable', () => {
    const r = statusHistoryPage(lines, (l) => l.subject, { subject: 'egy', status: 'suspended' }, 1);
    expect(r.lines.every((l) => l.subject === 'egy' && l.status === 'suspended')).toBe(true);
    expect(r.total).toBe(lines.filter((l) => l.subject === 'egy' && l.status === 'suspended').length);
  });

  it('clamps a page out of range', () => {
    expect(statusHistoryPage(lines, (l) => l.subject, { subject: null, status: null }, 99).page).toBe(3);
    expect(statusHistoryPage([], (_line: { status: Status }) => '', { subject: null, status: null }, 2)).toMatchObject({ page: 1, pageCount: 1, total: 0 });
  });
});
