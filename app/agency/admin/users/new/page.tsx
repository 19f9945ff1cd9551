import { BackLink } from "@/components/ui";
import { listServices } from "@/lib/admin/queries";
import { adminViewer } from "../../_lib/guard";
import { UserForm } from "../../_lib/user-form";

export default async function NewUserPage() {
  const services = await listServices(await adminViewer());
  return (
    <>
      <BackLink href="/agency/admin/users">Back to users</BackLink>
      <UserForm user={null} services={services} />
    </>
  );
}
