import { formatPartialDate, type PartialDate } from '@/lib/domain/partial-date';

/** A date shown exactly as precise as it is known: "1972", "May 1979", "30 June 2005". */
export function PartialDateText({ date, asOf = false, by = false }: { date: PartialDate; asOf?: boolean; by?: boolean }) {
  return (
    <>
      {asOf ? 'as of ' : by ? 'by ' : ''}
      <time dateTime={date}>{formatPartialDate(date)}</time>
    </>
  );
}
