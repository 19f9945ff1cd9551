import { redirect } from "next/navigation";
import { BackLink } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { getMyApplication } from "@/lib/applications/candidate-queries";
import { WITHDRAW_REASONS } from "@/lib/applications/withdraw";
import { orNotFound } from "../../../_lib/load";
import { WithdrawForm } from "./withdraw-form";

export default async function WithdrawPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const a = await orNotFound(getMyApplication(await getViewer(), id));
  if (!a.canWithdraw) redirect(`/candidate/applications/${a.id}`);
  return (
    <>
      <BackLink href={`/candidate/applications/${a.id}`}>Back to your application</BackLink>
      <WithdrawForm applicationId={a.id} jobTitle={a.jobTitle} reasons={[...WITHDRAW_REASONS]} />
    </>
  );
}
