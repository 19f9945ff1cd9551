"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string };

/** Portal navigation; marks the current section with aria-current (links work without JavaScript). */
export function PortalNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname() ?? "";
  const currentHref = items
    .filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label="Main" className="border-t border-[#4a6282] bg-[#16294a]">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 px-4">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block py-2 text-base text-white focus-visible:text-[#0b0c0c] ${current ? "border-b-4 border-white font-bold" : ""}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
