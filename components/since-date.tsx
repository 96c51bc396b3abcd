import type { PartialDate } from '@/lib/domain/partial-date';
import { PartialDateText } from './partial-date';

/** "since 30 June 2005", or "as of 8 April 2022" when the date is an observation, not a start. */
export function SinceDate({ date, asOf }: { date: PartialDate; asOf: boolean }) {
  return asOf ? <PartialDateText date={date} asOf /> : <>since <PartialDateText date={date} /></>;
}
