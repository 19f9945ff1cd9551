import { BackLink } from "@/components/ui";
import { getUser, listServices } from "@/lib/admin/queries";
import { orNotFound } from "../../../_lib/load";
import { adminViewer } from "../../_lib/guard";
import { UserForm } from "../../_lib/user-form";

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await adminViewer();
  const [user, services] = await Promise.all([orNotFound(getUser(viewer, id)), listServices(viewer)]);
  return (
    <>
      <BackLink href="/agency/admin/users">Back to users</BackLink>
      <UserForm user={user} services={services} />
    </>
  );
}
