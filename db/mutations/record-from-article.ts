// Saves the facts an editor kept from an article: one source, one citation per fact, a revision
// for each, all in one transaction. Every refusal is collected at its fact; when there is any,
// nothing is written.
import { and, eq } from 'drizzle-orm';
import type { FactInput } from '@/lib/validation/article';
import type { Db } from '../client';
import * as t from '../schema';
import { resolveSource, type NewSourceInput } from './citations';
import { insertCountClaim } from './count-claims';
import { MutationError, type FieldErrors } from '../errors';
import { insertInvitation } from './invitations';
import { insertStatusChange } from './status-changes';
import { type Actor, mutate, type Tx } from '../revisions';

/** A candidate fact as the article form's schema outputs it. */
export type ArticleFact = FactInput;

export type ArticleFacts = { source: NewSourceInput & { url: string; title: string }; facts: { index: number; fact: ArticleFact }[] };

function organizationId(tx: Tx, slug: string): number {
  const org = tx.select({ id: t.organizations.id }).from(t.organizations).where(eq(t.organizations.slug, slug)).get();
  if (!org) throw new MutationError('Unknown organization.', { organization: [`No organization has the slug “${slug}”.`] });
  return org.id;
}

function stateId(tx: Tx, code: string): number {
  const state = tx.select({ id: t.states.id }).from(t.states).where(eq(t.states.code, code)).get();
  if (!state) throw new MutationError('Unknown state.', { state: [`No state has the code “${code}”.`] });
  return state.id;
}

const ALREADY = 'Already recorded: untick this candidate, or add your citation to the recorded fact.';

function insertFact(tx: Tx, actor: Actor, f: ArticleFact, sourceId: number): void {
  const citations = [{ sourceId, quote: f.quote }];
  const org = organizationId(tx, f.organization);
  if (f.kind === 'count_claim') {
    const same = tx.select({ id: t.countClaims.id }).from(t.countClaims)
      .where(and(eq(t.countClaims.organizationId, org), eq(t.countClaims.status, f.status), eq(t.countClaims.count, f.count), eq(t.countClaims.date, f.date))).get();
    if (same) throw new MutationError(ALREADY, { count: [ALREADY] }, 'duplicate', { existingId: same.id });
    insertCountClaim(tx, actor, { organizationId: org, status: f.status, count: f.count, date: f.date, citations });
  } else if (f.kind === 'invitation') {
    const state = stateId(tx, f.state);
    const same = tx.select({ id: t.invitations.id }).from(t.invitations)
      .where(and(eq(t.invitations.organizationId, org), eq(t.invitations.stateId, state), eq(t.invitations.invitedStatus, f.status), eq(t.invitations.outcome, 'pending'))).get();
    if (same) throw new MutationError(ALREADY, { state: [ALREADY] }, 'duplicate', { existingId: same.id });
    insertInvitation(tx, actor, { organizationId: org, stateId: state, invitedStatus: f.status, date: f.date, dateKind: f.dateKind, citations });
  } else {
    insertStatusChange(tx, actor, { organizationId: org, stateId: stateId(tx, f.state), status: f.status, date: f.date, dateKind: f.dateKind, citations });
  }
}

/** Writes every kept fact or none; returns the source's id. */
export function recordFromArticle(db: Db, actor: Actor, input: ArticleFacts): number {
  return mutate(db, (tx) => {
    if (input.facts.length === 0) throw new MutationError('Keep at least one fact to save.', { _form: ['Tick “Keep” for at least one candidate.'] });
    const sourceId = resolveSource(tx, { newSource: { ...input.source, kind: 'article' }, quote: '' }, 'source');
    const errors: FieldErrors = {};
    for (const { index, fact } of input.facts) {
      try {
        // A savepoint per fact: each refusal is found and reported, then everything rolls back.
        tx.transaction((sp) => insertFact(sp, actor, fact, sourceId));
      } catch (error) {
        if (!(error instanceof MutationError)) throw error;
        const fields = Object.entries(error.fieldErrors);
        if (fields.length === 0) fields.push(['_form', [error.message]]);
        for (const [field, messages] of fields) {
          const name = field.startsWith('citations') ? 'quote' : field === 'organizationId' ? 'organization' : field === 'stateId' ? 'state' : field === '_form' ? 'kind' : field;
          (errors[`facts.${index}.${name}`] ??= []).push(...messages);
        }
      }
    }
    if (Object.keys(errors).length) throw new MutationError('Nothing was saved: some facts were refused (see the messages beside them).', errors);
    return sourceId;
  });
}
