import { jsonError } from '@/lib/open-data/http';

// Unknown API paths answer in JSON like the rest of the API, not with the HTML 404 page.
function notFound(): Response {
  return jsonError(404, 'No such API path. See /api/v1/organizations, /api/v1/countries/{code}, /api/v1/changes?since=.');
}
export const GET = notFound;
