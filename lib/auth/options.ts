import "server-only";
import { env } from "@/lib/env";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { AuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // a working day
export const MAGIC_LINK_MAX_AGE_SECONDS = 30 * 60;

export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (secret) return secret;
  if (env().NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET must be set in production");
  return "connect2-development-secret-do-not-use-in-production";
}

export function secureCookies(): boolean {
  return (env().NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/** The Prisma adapter, used for magic-link verification tokens. It never creates users: only people
 * who registered (or whom the agency invited) can sign in by link. Resolved lazily so `next build`
 * needs no database. */
function adapter(): Adapter {
  const lazy = () => PrismaAdapter(db() as never) as unknown as Required<Adapter>;
  return {
    createUser: async () => {
      throw new Error("Accounts are created by registration, not by sign-in links");
    },
    getUser: (id) => lazy().getUser(id),
    getUserByEmail: (email) => lazy().getUserByEmail(email.trim().toLowerCase()),
    getUserByAccount: (a: Parameters<Required<Adapter>["getUserByAccount"]>[0]) => lazy().getUserByAccount(a),
    updateUser: (u) => lazy().updateUser(u),
    linkAccount: (a: Parameters<Required<Adapter>["linkAccount"]>[0]) => lazy().linkAccount(a),
    createVerificationToken: (t) => lazy().createVerificationToken(t),
    useVerificationToken: (t) => lazy().useVerificationToken(t),
  };
}

export type SessionUser = { id: string; role: Role; councilId: string; name: string; email: string };

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
}

/** Built on first use (not at import) so `next build` needs neither a secret nor a database. */
let built: AuthOptions | null = null;
export function getAuthOptions(): AuthOptions {
  built ??= buildAuthOptions();
  return built;
}

const buildAuthOptions = (): AuthOptions => ({
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureCookies(),
  adapter: adapter(),
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  providers: [
    // Emailed sign-in links for candidates. Links are requested through our own form (which throttles
    // and never reveals whether an account exists); next-auth verifies them at /api/auth/callback/email.
    EmailProvider({
      maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
      sendVerificationRequest: async () => {
        throw new Error("Sign-in links are sent by lib/auth/sign-in.ts");
      },
    }),
  ],
  callbacks: {
    async signIn({ user }) {
      // Only active candidate accounts may use emailed links.
      const u = await db().user.findUnique({ where: { id: user.id }, select: { role: true, active: true } });
      return !!u && u.active && u.role === "CANDIDATE";
    },
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as SessionUser;
        token.sub = u.id;
        token.role = u.role;
        token.councilId = u.councilId;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        id: token.sub as string,
        role: token.role as Role,
        councilId: token.councilId as string,
        name: token.name ?? "",
        email: token.email ?? "",
      };
      return session;
    },
  },
});
