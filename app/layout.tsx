import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/ui";
import { SiteFooter } from "@/components/layout/site-footer";

export const metadata: Metadata = {
  applicationName: "Connect2 portal",
  description: "Temporary and interim jobs in council services, from the council's own recruitment agency.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <SkipLink href="#main-content" />
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
