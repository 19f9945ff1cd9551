import { ChangeRequestPage } from "../change-request-page";

export default function ExtendPage({ params }: { params: Promise<{ id: string }> }) {
  return <ChangeRequestPage params={params} type="EXTENSION" />;
}
