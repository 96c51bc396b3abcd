// Vocabulary shared by server and browser code: no imports, no database. Each word is written
// once; a list is read from its table of labels or descriptions, in the order written.

/** The keys of a table of labels, in the order written, as a non-empty list (for enums). */
function keysOf<K extends string>(labels: Record<K, unknown>): readonly [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

/** What each status means. */
export const STATUS_DESCRIPTIONS = {
  member: 'Full member',
  associate: 'Associate member',
  observer: 'Observer',
  partner: 'Partner or dialogue partner',
  applicant: 'Has applied for membership',
  candidate: 'Applicant formally accepted as a candidate for membership; not a member',
  suspended: 'Member whose rights are suspended; still counted among the members',
  withdrawn: 'Relationship ended: left, expelled, or the entity ceased to exist',
};

export const STATUSES = keysOf(STATUS_DESCRIPTIONS);
export type Status = (typeof STATUSES)[number];
/** A status's label is its word, capitalized: "Member", "Suspended". */
export const STATUS_LABELS = Object.fromEntries(STATUSES.map((s) => [s, s[0]!.toUpperCase() + s.slice(1)])) as Record<Status, string>;

/** Statuses that mean "holds a relationship": everything but withdrawn. */
export const HELD_STATUSES = ['member', 'suspended', 'associate', 'observer', 'partner', 'applicant', 'candidate'] as const satisfies readonly Status[];
export type HeldStatus = (typeof HELD_STATUSES)[number];

/** Suspended members still count as members, as the organizations count them. */
export function countsAsMember(status: Status): boolean {
  return status === 'member' || status === 'suspended';
}

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export const DATE_KIND_LABELS = {
  start: 'Start: the status began on this date',
  asOf: 'As of: the status held on this date (observation)',
};
export const DATE_KINDS = keysOf(DATE_KIND_LABELS);
export type DateKind = (typeof DATE_KINDS)[number];

export const INVITATION_OUTCOME_LABELS = { pending: 'Pending', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn', lapsed: 'Lapsed' };
export const INVITATION_OUTCOMES = keysOf(INVITATION_OUTCOME_LABELS);
export type InvitationOutcome = (typeof INVITATION_OUTCOMES)[number];

export const INVITATION_DATE_KINDS = ['on', 'by'] as const;
export type InvitationDateKind = (typeof INVITATION_DATE_KINDS)[number];

export const SOURCE_KINDS = ['article', 'document', 'page', 'dataset'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Who is speaking, strongest first: the organization itself (or its treaty depositary), a
 * government, another international body's record, a news agency or newspaper, an encyclopedia,
 * a dataset, a secondary list. A shipped fact never rests only on the last.
 */
export const SOURCE_STANDING_LABELS = {
  organization: 'The organization', government: 'Government', intergovernmental: 'Intergovernmental record', news: 'News',
  encyclopedia: 'Encyclopedia', dataset: 'Dataset', secondary: 'Secondary list',
};
export const SOURCE_STANDINGS = keysOf(SOURCE_STANDING_LABELS);
export type SourceStanding = (typeof SOURCE_STANDINGS)[number];
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
