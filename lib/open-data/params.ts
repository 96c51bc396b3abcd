// Query parameters of the open-data URLs; bad input is a 400 with a message that says what to send.
import { parseAsOf, parsePartialDate, today } from '@/lib/domain/partial-date';
import { ApiError } from './http';

/** `asOf=YYYY-MM-DD`, today when absent. */
export function readAsOf(params: URLSearchParams): string {
  const values = params.getAll('asOf');
  const parsed = parseAsOf(values.length > 1 ? values : values[0]);
  if (!parsed.ok) throw new ApiError(400, `Bad asOf: ${parsed.error}`);
  return parsed.day ?? today();
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** `since`: an ISO 8601 date or date-time; without an offset it is read as UTC. Returns the instant in UTC. */
export function readSince(params: URLSearchParams): string {
  const value = params.get('since');
  if (!value) throw new ApiError(400, 'Give since=, an ISO 8601 date or date-time, for example 2024-01-31 or 2024-01-31T12:00:00Z.');
  const match = ISO_INSTANT.exec(value);
  const day = match ? parsePartialDate(match[1]!) : null;
  if (!match || !day?.ok) throw new ApiError(400, `Bad since: "${value.slice(0, 40)}" is not an ISO 8601 date or date-time (2024-01-31 or 2024-01-31T12:00:00Z).`);
  const [, date, hh = '00', mm = '00', ss = '00', fraction = '', zone = 'Z'] = match;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) throw new ApiError(400, `Bad since: "${value}" has an impossible time.`);
  const instant = new Date(`${date}T${hh}:${mm}:${ss}${fraction.slice(0, 4)}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
  if (Number.isNaN(instant.getTime())) throw new ApiError(400, `Bad since: "${value}" is not a valid instant.`);
  return instant.toISOString();
}

export function encodeCursor(lastId: number): string {
  return Buffer.from(`revision:${lastId}`).toString('base64url');
}

/** The revision id a cursor points after; 0 without a cursor. */
export function readCursor(params: URLSearchParams): number {
  const value = params.get('cursor');
  if (!value) return 0;
  const match = /^revision:(\d{1,15})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match) throw new ApiError(400, 'Bad cursor: use the nextCursor of the previous page.');
  return Number(match[1]);
}

export function readLimit(params: URLSearchParams, fallback = 100, max = 1000): number {
  const value = params.get('limit');
  if (value === null) return fallback;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > max) throw new ApiError(400, `Bad limit: give a whole number from 1 to ${max}.`);
  return Number(value);
}
