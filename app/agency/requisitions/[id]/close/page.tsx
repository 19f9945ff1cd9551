import { EndRequisitionPage } from "../end-page";

export default function CloseRequisitionPage({ params }: { params: Promise<{ id: string }> }) {
  return <EndRequisitionPage params={params} verb="close" />;
}
