import Link from "next/link";
import { safeCallbackPath } from "@/lib/auth/sign-in";
import { RegisterForm } from "./register-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RegisterPage({ searchParams }: Props) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackPath(typeof sp.callbackUrl === "string" ? sp.callbackUrl : "/");
  return (
    <>
      <RegisterForm callbackUrl={callbackUrl} />
      <p className="mt-8">
        Already have an account? <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
      </p>
    </>
  );
}
