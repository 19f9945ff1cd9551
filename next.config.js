// @ts-check

/** Security headers on every response; the per-request nonce Content-Security-Policy and HSTS are set in proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` typechecks separately; SKIP_BUILD_TYPECHECK=1 lets a build go ahead while other work is mid-edit.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  // A separate build directory lets two test runs build side by side (NEXT_DIST_DIR=.next-e2e-2).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["@node-rs/argon2", "pg", "nodemailer"],
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: "11mb" },
    // proxy.ts runs before every request and by default buffers only 10 MB of a body: an upload just over the
    // 10 MB document limit was cut short there (a server error) instead of reaching the form's "smaller than 10 MB".
    proxyClientMaxBodySize: "11mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
