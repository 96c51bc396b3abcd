// Vocabulary shared by server and browser code: no imports, no database.

export const STATUSES = ['member', 'associate', 'observer', 'partner', 'applicant', 'suspended', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that mean "holds a relationship": everything but withdrawn. */
export const HELD_STATUSES = ['member', 'suspended', 'associate', 'observer', 'partner', 'applicant'] as const;
export type HeldStatus = (typeof HELD_STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  member: 'Member',
  associate: 'Associate',
  observer: 'Observer',
  partner: 'Partner',
  applicant: 'Applicant',
  suspended: 'Suspended',
  withdrawn: 'Withdrawn',
};

export const STATUS_DESCRIPTIONS: Record<Status, string> = {
  member: 'Full member',
  associate: 'Associate member',
  observer: 'Observer',
  partner: 'Partner or dialogue partner',
  applicant: 'Has applied or is a candidate',
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

export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
