// Checks shared by the mutations: records that must exist, dates after the founding.
import { eq } from 'drizzle-orm';
import { endOfPeriod, formatPartialDate, startOfPeriod } from '@/lib/domain/partial-date';
import * as t from '../schema';
import { MutationError } from '../errors';
import type { Tx } from '../revisions';

export function requireOrganization(tx: Tx, id: number, field = 'organizationId') {
  const org = tx.select().from(t.organizations).where(eq(t.organizations.id, id)).get();
  if (!org) throw new MutationError('Choose an organization that exists.', { [field]: ['There is no such organization: choose one from the list.'] });
  return org;
}

export function requireState(tx: Tx, id: number, field = 'stateId') {
  const state = tx.select().from(t.states).where(eq(t.states.id, id)).get();
  if (!state) throw new MutationError('Choose a state that exists.', { [field]: ['There is no such state: choose one from the list.'] });
  return state;
}

/** A date wholly before the organization's founding is refused, saying so. */
export function requireAfterFounding(org: t.Organization, date: string, field = 'date') {
  if (org.founded && endOfPeriod(date) < startOfPeriod(org.founded)) {
    const message = `${org.acronym} was founded in ${formatPartialDate(org.founded)}; ${formatPartialDate(date)} is before that.`;
    throw new MutationError(message, { [field]: [message] });
  }
}
