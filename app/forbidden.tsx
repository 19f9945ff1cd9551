import Link from "next/link";
import { Main, SiteHeader } from "@/components/layout/site-header";

export default function Forbidden() {
  return (
    <>
      <title>You do not have access to this page – Connect2 portal</title>
      <SiteHeader title="Connect2 portal" homeHref="/" viewer={null} />
      <Main>
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">You do not have access to this page</h1>
        <p className="mb-4">Your account cannot use this part of the portal.</p>
        <p>
          <Link href="/">Go to your start page</Link>
        </p>
      </Main>
    </>
  );
}
