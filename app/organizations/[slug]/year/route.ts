import { today } from '@/lib/domain/partial-date';

// The map's year slider without JavaScript: turns ?year=YYYY into the organization's page on the
// year's last day (/organizations/{slug}/on/{day}; today for the current year), keeping its other
// query parameters — from the form, or else from the page the form was sent from.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const url = new URL(request.url);
  const { slug } = await params;
  const pagePath = `/organizations/${encodeURIComponent(slug)}`;
  const query = new URLSearchParams([...url.searchParams.entries()].filter(([key]) => key !== 'year' && key !== 'asOf'));
  const referer = parseUrl(request.headers.get('referer'));
  if (referer && referer.host === (request.headers.get('host') ?? url.host) && referer.pathname === pagePath) {
    for (const [key, value] of referer.searchParams) if (key !== 'year' && key !== 'asOf' && !query.has(key)) query.append(key, value);
  }
  const year = url.searchParams.get('year') ?? '';
  let target = pagePath;
  if (/^\d{4}$/.test(year) && Number(year) >= 1000) {
    const day = today();
    target = `${pagePath}/on/${Number(year) >= Number(day.slice(0, 4)) ? day : `${year}-12-31`}`;
  }
  const search = query.toString();
  return new Response(null, { status: 303, headers: { Location: `${target}${search ? `?${search}` : ''}#map` } });
}

function parseUrl(value: string | null): URL | null {
  try {
    return value ? new URL(value) : null;
  } catch {
    return null;
  }
}
