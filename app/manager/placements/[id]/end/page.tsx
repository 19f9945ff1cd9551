import { ChangeRequestPage } from "../change-request-page";

export default function EndEarlyPage({ params }: { params: Promise<{ id: string }> }) {
  return <ChangeRequestPage params={params} type="EARLY_END" />;
}
