import { getViewer } from "@/lib/auth/session";
import { getMyProfile } from "@/lib/candidates/queries";
import { formatDate } from "@/lib/format";
import { orNotFound, type SearchParams } from "../_lib/load";
import { ProfileForm } from "./profile-form";

export default async function ProfilePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const viewer = await getViewer();
  const p = await orNotFound(getMyProfile(viewer));
  return (
    <ProfileForm
      saved={Boolean(sp.saved)}
      agencyName={viewer?.agencyName ?? "Connect2"}
      councilName={viewer?.councilName ?? "the council"}
      profile={{
        firstName: p.firstName,
        lastName: p.lastName,
        email: p.email,
        phone: p.phone ?? "",
        addressLine1: p.addressLine1 ?? "",
        town: p.town ?? "",
        postcode: p.postcode,
        isLocal: p.isLocal,
        rightToWorkRoute: p.rightToWorkRoute ?? "",
        rightToWorkExpiry: p.rightToWorkExpiry ? p.rightToWorkExpiry.toISOString().slice(0, 10) : "",
        availability: p.availability,
        skills: p.skills.join("\n"),
        experienceSummary: p.experienceSummary ?? "",
        priorityGroups: p.priorityGroups,
        priorityGroupsDeclaredOn: p.priorityGroupsDeclaredAt ? formatDate(p.priorityGroupsDeclaredAt) : null,
        privacyConsentOn: p.privacyConsentAt ? formatDate(p.privacyConsentAt) : null,
      }}
    />
  );
}
