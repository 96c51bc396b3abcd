// Whether the record already holds a candidate, contradicts it, or lacks it.
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import * as t from '@/db/schema';
import { holdingOn, statusOn } from '@/lib/domain/status-history';
import { endOfPeriod, formatPartialDate, partialDatesAgree, today } from '@/lib/domain/partial-date';
import { STATUS_LABELS, type HeldStatus } from '@/lib/domain/statuses';
import type { Candidate } from './types';

export type RecordCheck = { verdict: 'on-record' | 'contradicts' | 'new'; detail: string | null };

const NEW: RecordCheck = { verdict: 'new', detail: null };

function lastDay(date: string): string {
  const end = endOfPeriod(date);
  const now = today();
  return end < now ? end : now;
}

export function checkAgainstRecord(db: Db, c: Candidate): RecordCheck {
  const org = db.select().from(t.organizations).where(eq(t.organizations.slug, c.organization)).get();
  if (!org) return NEW;
  if (c.kind === 'count_claim') {
    if (!c.status || c.count === null) return NEW;
    const claims = db.select().from(t.countClaims).where(and(eq(t.countClaims.organizationId, org.id), eq(t.countClaims.status, c.status as HeldStatus))).all();
    if (claims.some((k) => k.count === c.count && (!c.date || partialDatesAgree(k.date, c.date)))) return { verdict: 'on-record', detail: null };
    const other = c.date ? claims.find((k) => partialDatesAgree(k.date, c.date!)) : undefined;
    return other ? { verdict: 'contradicts', detail: `a source on record counts ${other.count} on ${formatPartialDate(other.date)}` } : NEW;
  }
  const state = c.state ? db.select().from(t.states).where(eq(t.states.code, c.state)).get() : undefined;
  if (!state || !c.status) return NEW;
  if (c.kind === 'invitation') {
    const found = db.select().from(t.invitations).where(and(eq(t.invitations.organizationId, org.id), eq(t.invitations.stateId, state.id), eq(t.invitations.invitedStatus, c.status))).all();
    return found.length ? { verdict: 'on-record', detail: null } : NEW;
  }
  const changes = db.select().from(t.statusChanges).where(and(eq(t.statusChanges.organizationId, org.id), eq(t.statusChanges.stateId, state.id))).all();
  if (!c.date) return changes.some((ch) => ch.status === c.status) ? { verdict: 'on-record', detail: null } : NEW;
  if (c.dateKind === 'start') {
    if (changes.some((ch) => ch.status === c.status && partialDatesAgree(ch.date, c.date!))) return { verdict: 'on-record', detail: null };
    // A change is new unless the record has the state in that status already, from another date.
    const holding = holdingOn(changes, lastDay(c.date), org.dissolved);
    return holding?.status === c.status ? { verdict: 'contradicts', detail: `recorded from ${formatPartialDate(holding.since.date)}` } : NEW;
  }
  const held = statusOn(changes, lastDay(c.date), org.dissolved);
  if (held === c.status) return { verdict: 'on-record', detail: null };
  if (held) return { verdict: 'contradicts', detail: `${STATUS_LABELS[held].toLowerCase()} on ${formatPartialDate(c.date)}` };
  return NEW;
}
