import { today } from '@/lib/domain/partial-date';

// The map's year slider without JavaScript: turns ?year=YYYY into ?asOf= (the year's last day, or
// today for the current year) on the organization page, keeping the other query parameters.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const url = new URL(request.url);
  const { slug } = await params;
  const query = new URLSearchParams([...url.searchParams.entries()].filter(([key]) => key !== 'year' && key !== 'asOf'));
  const year = url.searchParams.get('year') ?? '';
  if (/^\d{4}$/.test(year) && Number(year) >= 1000) {
    const day = today();
    query.set('asOf', Number(year) >= Number(day.slice(0, 4)) ? day : `${year}-12-31`);
  }
  const search = query.toString();
  return new Response(null, { status: 303, headers: { Location: `/organizations/${encodeURIComponent(slug)}${search ? `?${search}` : ''}#map` } });
}
