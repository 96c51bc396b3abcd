// Every form action with a valid submission and the bad values each field must refuse.
import fc from 'fast-check';
import { recordStatusChangeAction } from '@/app/record/status-change/actions';
import { extendInvitationAction } from '@/app/record/invitation/actions';
import { recordCountClaimAction } from '@/app/record/count-claim/actions';
import { createOrganizationAction } from '@/app/organizations/new/actions';
import { updateOrganizationAction } from '@/app/organizations/[slug]/edit/actions';
import { createStateAction } from '@/app/countries/new/actions';
import { updateStateAction } from '@/app/countries/[code]/edit/actions';
import { createSourceAction } from '@/app/sources/new/actions';
import { updateSourceAction } from '@/app/sources/[id]/edit/actions';
import { addStatusChangeCitationAction, deleteStatusChangeAction, updateStatusChangeAction } from '@/app/status-changes/[id]/actions';
import { deleteInvitationAction, resolveInvitationAction, updateInvitationAction } from '@/app/invitations/[id]/actions';
import { deleteCountClaimAction, updateCountClaimAction } from '@/app/count-claims/[id]/actions';
import { revertRevisionAction } from '@/app/history/actions';
import * as bad from './bad-values';
import type { ActionSpec } from './action-harness';
import type { World } from './world';

const refId = fc.oneof(fc.constantFrom('0', '-1', 'abc', '1.5', '1e3'), fc.integer({ min: 900_000, max: 9_999_999 }).map(String));
const factDate = fc.oneof(bad.requiredDate, fc.constantFrom('1950', '1968-12', '1900-01-01'));
const futureDate = fc.constantFrom('2999', '2999-01', '2999-12-31');

function citationBad(required: boolean): Record<string, fc.Arbitrary<string>> {
  return {
    ...(required ? { 'citations.0.quote': bad.requiredText(2_000) } : {}),
    'citations.0.sourceId': required ? bad.badId : refId,
    'citations.0.url': bad.badUrl,
    'citations.0.title': bad.tooLong(300),
    'citations.0.language': bad.badLanguage,
    'citations.0.givenDate': bad.impossibleDate,
    'citations.0.locator': bad.tooLong(300),
  };
}

export function actionSpecs(w: World): ActionSpec[] {
  const cite = { 'citations.0.sourceId': String(w.source.id), 'citations.0.quote': 'brings together 54 member states' };
  const change = { organizationId: String(w.org.id), stateId: String(w.rus.id), status: 'observer', date: '2022-04-08', dateKind: 'asOf', note: '' };
  const changeBad = {
    organizationId: bad.badId, stateId: bad.badId, status: bad.badEnum, date: fc.oneof(factDate, futureDate), dateKind: bad.badEnum, note: bad.tooLong(2_000),
  };
  const invitation = { organizationId: String(w.org.id), stateId: String(w.rus.id), invitedStatus: 'member', date: '2022-04-08', dateKind: 'by', note: '' };
  const invitationBad = { organizationId: bad.badId, stateId: bad.badId, invitedStatus: bad.badEnum, date: fc.oneof(factDate, futureDate), dateKind: bad.badEnum, note: bad.tooLong(2_000) };
  const claim = { organizationId: String(w.org.id), status: 'member', count: '54', date: '2022-04-08', note: '' };
  const claimBad = { organizationId: bad.badId, status: fc.oneof(bad.badEnum, fc.constant('withdrawn')), count: bad.badCount, date: fc.oneof(factDate, futureDate), note: bad.tooLong(2_000) };
  const org = { slug: 'new-org', acronym: 'NO', name: 'New Organization', kind: '', founded: '1990', dissolved: '', headquarters: '', website: 'https://example.org', parentId: String(w.org.id), description: '', cowId: '', wikidataId: 'Q42' };
  const orgBad = {
    slug: fc.oneof(bad.badSlug, fc.constant('other-org')), acronym: bad.requiredText(30), name: bad.requiredText(200), kind: bad.tooLong(100), founded: bad.impossibleDate,
    dissolved: fc.oneof(bad.impossibleDate, fc.constantFrom('1800', '1989-12')), headquarters: bad.tooLong(200), website: bad.badUrl, parentId: refId,
    description: bad.tooLong(2_000), cowId: fc.oneof(bad.tooLong(30), fc.constant('OO')), wikidataId: fc.constantFrom('123', 'Q', 'q12', 'Q0', 'Q12x', 'wd:Q1'),
    'formerNames.0.ended': bad.impossibleDate, 'formerNames.0.name': bad.tooLong(200),
  };
  const state = { code: 'test-land', name: 'Test Land', iso2: '', iso3: '', cowCode: '', kind: 'entity', started: '', ended: '', successorId: '', note: '', otherNames: 'Testland' };
  const stateBad = {
    code: fc.oneof(bad.badSlug, fc.constant('egy')), name: bad.requiredText(200), iso2: fc.constantFrom('R', 'RUS', '1A', 'EG'), iso3: fc.constantFrom('RU', 'RUSS', 'R1S', 'EGY'),
    cowCode: fc.constantFrom('0', 'abc', '10000', '-5', '1.5'), kind: bad.badEnum, started: bad.impossibleDate, ended: bad.impossibleDate, successorId: refId, note: bad.tooLong(2_000),
    otherNames: bad.tooLong(200),
  };
  const source = { url: 'https://example.org/new-source', title: 'A new source', publisher: '', author: '', published: '2022-04-08', retrieved: '', language: 'en', kind: 'article' };
  const sourceBad = {
    url: fc.oneof(bad.badUrl), title: bad.requiredText(300), publisher: bad.tooLong(200), author: bad.tooLong(200), published: bad.impossibleDate, retrieved: bad.impossibleDate,
    language: bad.badLanguage, kind: bad.badEnum,
  };
  const edit = (extra: Record<string, string> = {}) => ({ version: '1', summary: '', ...extra });
  const editBad = { version: bad.badVersion, summary: bad.tooLong(300) };
  const del = { version: '1', summary: 'recorded twice' };
  const delBad = { version: bad.badVersion, summary: bad.requiredText(300) };

  return [
    { name: 'record status change', run: recordStatusChangeAction, base: { ...change, ...cite }, bad: { ...changeBad, ...citationBad(true) } },
    { name: 'extend invitation', run: extendInvitationAction, base: { ...invitation, invitedStatus: 'observer', ...cite }, bad: { ...invitationBad, ...citationBad(true) } },
    { name: 'record count claim', run: recordCountClaimAction, base: { ...claim, ...cite }, bad: { ...claimBad, ...citationBad(true) } },
    { name: 'add organization', run: createOrganizationAction, base: org, bad: orgBad },
    { name: 'edit organization', run: updateOrganizationAction.bind(null, w.org.id), base: { ...org, slug: 'test-org', parentId: String(w.otherOrg.id), ...edit() }, bad: { ...orgBad, ...editBad } },
    { name: 'add state', run: createStateAction, base: state, bad: stateBad },
    { name: 'edit state', run: updateStateAction.bind(null, w.rus.id), base: { ...state, code: 'rus', name: 'Russia', ...edit() }, bad: { ...stateBad, ...editBad } },
    { name: 'add source', run: createSourceAction, base: source, bad: sourceBad },
    { name: 'edit source', run: updateSourceAction.bind(null, w.source.id), base: { ...source, url: 'https://example.org/a', ...edit() }, bad: { ...sourceBad, url: fc.oneof(bad.badUrl, fc.constant('https://example.org/b')), ...editBad } },
    {
      name: 'edit status change', run: updateStatusChangeAction.bind(null, w.changeId),
      base: { ...change, stateId: String(w.egy.id), status: 'member', date: '1971', dateKind: 'start', acceptedCitationId: '', ...edit() },
      bad: { ...changeBad, ...citationBad(false), ...editBad, acceptedCitationId: refId },
    },
    { name: 'delete status change', run: deleteStatusChangeAction.bind(null, w.changeId), base: del, bad: delBad },
    { name: 'cite status change', run: addStatusChangeCitationAction.bind(null, w.changeId), base: { ...cite, summary: '' }, bad: { ...citationBad(true), summary: bad.tooLong(300) } },
    { name: 'edit invitation', run: updateInvitationAction.bind(null, w.invitationId), base: { ...invitation, ...edit() }, bad: { ...invitationBad, ...citationBad(false), ...editBad } },
    {
      name: 'resolve invitation', run: resolveInvitationAction.bind(null, w.invitationId),
      base: { outcome: 'declined', outcomeDate: '2023', note: '', ...edit(), ...cite },
      bad: { outcome: fc.oneof(bad.badEnum, fc.constant('pending')), outcomeDate: fc.oneof(bad.requiredDate, futureDate, fc.constantFrom('2021', '2022-03')), note: bad.tooLong(2_000), ...editBad, ...citationBad(true) },
    },
    { name: 'delete invitation', run: deleteInvitationAction.bind(null, w.invitationId), base: del, bad: delBad },
    { name: 'edit count claim', run: updateCountClaimAction.bind(null, w.claimId), base: { ...claim, count: '53', ...edit() }, bad: { ...claimBad, ...citationBad(false), ...editBad } },
    { name: 'delete count claim', run: deleteCountClaimAction.bind(null, w.claimId), base: del, bad: delBad },
    { name: 'revert revision', run: revertRevisionAction.bind(null, w.revisionId), base: { summary: '' }, bad: { summary: bad.tooLong(300) } },
  ];
}
