export default function Page() {
  return <p>Static twin: the measured pages are under /bench/.</p>;
}
