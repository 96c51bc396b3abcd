// Vocabulary shared by server and browser code: no imports, no database.

export const STATUSES = ['member', 'associate', 'observer', 'partner', 'applicant', 'candidate', 'suspended', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that mean "holds a relationship": everything but withdrawn. */
export const HELD_STATUSES = ['member', 'suspended', 'associate', 'observer', 'partner', 'applicant', 'candidate'] as const;
export type HeldStatus = (typeof HELD_STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  member: 'Member',
  associate: 'Associate',
  observer: 'Observer',
  partner: 'Partner',
  applicant: 'Applicant',
  candidate: 'Candidate',
  suspended: 'Suspended',
  withdrawn: 'Withdrawn',
};

export const STATUS_DESCRIPTIONS: Record<Status, string> = {
  member: 'Full member',
  associate: 'Associate member',
  observer: 'Observer',
  partner: 'Partner or dialogue partner',
  applicant: 'Has applied for membership',
  candidate: 'Applicant formally accepted as a candidate for membership; not a member',
  suspended: 'Member whose rights are suspended; still counted among the members',
  withdrawn: 'Relationship ended: left, expelled, or the entity ceased to exist',
};

/** Suspended members still count as members, as the organizations count them. */
export function countsAsMember(status: Status): boolean {
  return status === 'member' || status === 'suspended';
}

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export const DATE_KINDS = ['start', 'asOf'] as const;
export type DateKind = (typeof DATE_KINDS)[number];
export const DATE_KIND_LABELS: Record<DateKind, string> = {
  start: 'Start: the status began on this date',
  asOf: 'As of: the status held on this date (observation)',
};

export const INVITATION_OUTCOMES = ['pending', 'accepted', 'declined', 'withdrawn', 'lapsed'] as const;
export type InvitationOutcome = (typeof INVITATION_OUTCOMES)[number];
export const INVITATION_OUTCOME_LABELS: Record<InvitationOutcome, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  lapsed: 'Lapsed',
};

export const INVITATION_DATE_KINDS = ['on', 'by'] as const;
export type InvitationDateKind = (typeof INVITATION_DATE_KINDS)[number];

export const SOURCE_KINDS = ['article', 'document', 'page', 'dataset'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Who is speaking, strongest first: the organization itself (or its treaty depositary), a
 * government, another international body's record, a news agency or newspaper, an encyclopedia,
 * a dataset, a secondary list. A shipped fact never rests only on the last.
 */
export const SOURCE_STANDINGS = ['organization', 'government', 'intergovernmental', 'news', 'encyclopedia', 'dataset', 'secondary'] as const;
export type SourceStanding = (typeof SOURCE_STANDINGS)[number];
export const SOURCE_STANDING_LABELS: Record<SourceStanding, string> = {
  organization: 'The organization',
  government: 'Government',
  intergovernmental: 'Intergovernmental record',
  news: 'News',
  encyclopedia: 'Encyclopedia',
  dataset: 'Dataset',
  secondary: 'Secondary list',
};
export const WEAKEST_STANDING: SourceStanding = 'secondary';

export function isSourceStanding(value: unknown): value is SourceStanding {
  return typeof value === 'string' && (SOURCE_STANDINGS as readonly string[]).includes(value);
}

/** A source's standing; a dataset whose standing was never set speaks as a dataset. */
export function standingOf(source: { standing?: string | null; kind: string }): SourceStanding | null {
  if (isSourceStanding(source.standing)) return source.standing;
  return source.kind === 'dataset' ? 'dataset' : null;
}

export const STATE_KINDS = ['iso', 'historic', 'entity'] as const;
export type StateKind = (typeof STATE_KINDS)[number];

/** The kinds of record the revision log keeps; an import is logged as one revision. */
export const REVISION_ENTITY_TYPES = ['organization', 'state', 'source', 'statusChange', 'invitation', 'countClaim', 'import'] as const;
export const REVISION_ACTIONS = ['create', 'update', 'delete', 'revert', 'import'] as const;

export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
