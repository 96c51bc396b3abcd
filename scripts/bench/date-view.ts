// The address of an organization's page on a given day, whichever form the app serves: a path
// `/organizations/<slug>/on/<day>` or the query `?asOf=<day>`, following a redirect between them.
// Each call of the returned function names a day not named before in this run.

const SAMPLE_DAY = '1985-01-01';

async function answersWithPage(url: string): Promise<string | null> {
  const response = await fetch(url, { redirect: 'manual' });
  await response.arrayBuffer();
  if (response.status === 200) return url;
  const location = response.headers.get('location');
  if (response.status >= 300 && response.status < 400 && location) return answersWithPage(new URL(location, url).href);
  return null;
}

export async function dateViewPaths(base: string, slug: string): Promise<{ template: string; next: () => string }> {
  const candidates = [`/organizations/${slug}/on/${SAMPLE_DAY}`, `/organizations/${slug}?asOf=${SAMPLE_DAY}`];
  for (const candidate of candidates) {
    const served = await answersWithPage(base + candidate);
    if (!served || !served.includes(SAMPLE_DAY)) continue;
    const template = served.slice(base.length).replace(SAMPLE_DAY, '{day}');
    // A random start, so that a cache kept between runs (in the build folder) is unlikely to hold the days.
    let offset = Math.floor(Math.random() * 30_000);
    const next = () => {
      offset = (offset + 1) % 45_000;
      return template.replace('{day}', new Date(Date.UTC(1900, 0, 1 + offset)).toISOString().slice(0, 10));
    };
    return { template, next };
  }
  throw new Error(`${base} serves no date view of /organizations/${slug}`);
}
