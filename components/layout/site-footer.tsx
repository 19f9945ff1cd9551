import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-auto border-t-4 border-[#1d3557] bg-[#f3f2f1] py-6 text-base">
      <div className="mx-auto max-w-5xl px-4">
        <h2 className="sr-only">Support links</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li><Link href="/jobs">Vacancies</Link></li>
          <li><Link href="/accessibility">Accessibility statement</Link></li>
          <li><Link href="/privacy">Privacy notice</Link></li>
        </ul>
        <p className="mt-4 text-[#505a5f]">Run by the council&rsquo;s own recruitment agency.</p>
      </div>
    </footer>
  );
}
