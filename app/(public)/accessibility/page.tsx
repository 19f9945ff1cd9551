import type { Metadata } from "next";
import { PageHeading } from "@/components/ui";

export const metadata: Metadata = { title: "Accessibility statement – Connect2 portal" };

export default function AccessibilityPage() {
  return (
    <div className="prose-gov max-w-3xl">
      <PageHeading>Accessibility statement</PageHeading>
      <p>
        This portal is run by the council&rsquo;s own recruitment agency. We want as many people as possible to be able to
        use it. You should be able to change colours and fonts, zoom in up to 400% without the text spilling off the
        screen, get around using just a keyboard or speech recognition software, and listen to it using a screen reader.
      </p>
      <h2 className="mb-3 text-2xl font-bold">How accessible this portal is</h2>
      <p>
        We build and test it against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA: every page is
        checked automatically with axe in our tests, every form works without JavaScript, and errors are shown at the
        top of the page and next to each question.
      </p>
      <h2 className="mb-3 text-2xl font-bold">Reporting accessibility problems</h2>
      <p>
        If you find a problem or need information in a different format, contact the recruitment team and we will reply
        within 5 working days. If you are not happy with how we respond, contact the Equality Advisory and Support
        Service (EASS).
      </p>
      <h2 className="mb-3 text-2xl font-bold">Compliance status</h2>
      <p>
        This website is being built to be fully compliant with WCAG 2.2 AA under the Public Sector Bodies (Websites and
        Mobile Applications) (No. 2) Accessibility Regulations 2018. This statement was prepared on 24 November 2026.
      </p>
    </div>
  );
}
