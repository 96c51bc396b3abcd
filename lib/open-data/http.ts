// One error shape for every open-data URL: JSON with the status and a message, never a stack.
import { stringify } from 'csv-stringify/sync';

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

export function jsonError(status: number, message: string): Response {
  return Response.json({ error: { status, message } }, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function jsonOk(body: unknown): Response {
  return Response.json(body, { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' } });
}

/** Runs a handler; an ApiError becomes its JSON answer, anything else a bare 500. */
export function answer(work: () => Response): Response {
  try {
    return work();
  } catch (error) {
    if (error instanceof ApiError) return jsonError(error.status, error.message);
    console.error('open data: request failed', error instanceof Error ? error.name : 'unknown');
    return jsonError(500, 'The server could not answer this request.');
  }
}

/**
 * CSV with a header row; fields with commas, quotes or newlines are quoted. A text field that a
 * spreadsheet would run as a formula (leading = + - @, tab or carriage return) gets a leading
 * apostrophe, so a quote like =HYPERLINK(…) opens as text.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return stringify([columns as unknown[], ...(rows as unknown[][])], { quoted_match: /[",\r\n]/, record_delimiter: '\r\n', escape_formulas: true });
}

export function csvResponse(filename: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Response {
  const safe = filename.replace(/[^a-zA-Z0-9._-]/g, '_');
  return new Response(toCsv(columns, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${safe}"`,
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
    },
  });
}
