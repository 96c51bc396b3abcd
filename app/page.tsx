import Link from 'next/link';

export default function HomePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Memberline</h1>
      <p className="text-slate-700">Who belongs to which international organization, in what capacity, since when, and according to which source.</p>
      <p><Link className="underline" href="/organizations/oic">Organisation of Islamic Cooperation</Link> · <Link className="underline" href="/organizations/icesco">ICESCO</Link></p>
    </div>
  );
}
