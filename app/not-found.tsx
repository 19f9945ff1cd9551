import Link from "next/link";
import { Main, SiteHeader } from "@/components/layout/site-header";

export default function NotFound() {
  return (
    <>
      <title>Page not found – Connect2 portal</title>
      <SiteHeader title="Connect2 portal" homeHref="/" viewer={null} />
      <Main>
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">Page not found</h1>
        <p className="mb-4">If you typed the web address, check it is correct.</p>
        <p>
          <Link href="/">Go to the start page</Link>
        </p>
      </Main>
    </>
  );
}
