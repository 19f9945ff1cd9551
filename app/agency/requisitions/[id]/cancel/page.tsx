import { EndRequisitionPage } from "../end-page";

export default function CancelRequisitionPage({ params }: { params: Promise<{ id: string }> }) {
  return <EndRequisitionPage params={params} verb="cancel" />;
}
