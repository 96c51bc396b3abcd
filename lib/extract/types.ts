// Shapes shared by the extraction steps, the command line, the form and the evaluation.
import type { Status } from '@/lib/domain/statuses';

export type Lang = 'en' | 'fr';
export type CandidateKind = 'status_change' | 'invitation' | 'count_claim';
export type CandidateDateKind = 'start' | 'asOf' | 'on' | 'by';

/** A stretch of the quote, by character offsets, that made the candidate. */
export type Highlight = { start: number; end: number; role: 'trigger' | 'organization' | 'state' | 'date' | 'count' };

export type Candidate = {
  kind: CandidateKind;
  organization: string;
  state: string | null;
  status: Status | null;
  count: number | null;
  date: string | null;
  dateKind: CandidateDateKind | null;
  /** The sentence, verbatim. */
  quote: string;
  highlights: Highlight[];
  /** Whether the date was read in the sentence (true) or is the publication date (false). */
  dateFromText: boolean;
};

export type ExtractOptions = { lang: Lang; published: string | null };
