import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

// next-auth verifies emailed sign-in links here (/api/auth/callback/email) and serves the session.
type Ctx = { params: Promise<{ nextauth: string[] }> };
const handler = (req: Request, ctx: Ctx) => NextAuth(getAuthOptions())(req, ctx);
export { handler as GET, handler as POST };
