import "server-only";
import type { Db, Tx } from "@/lib/db";
import { decideLocalResident, defaultLocalArea, type LocalResidentDecision } from "./local-resident";

/** Rule 1 against the council's configured local area and any imported ONS lookup row. */
export async function localResidentFor(client: Db | Tx, councilId: string, postcode: string): Promise<LocalResidentDecision> {
  const [area, council] = await Promise.all([
    client.localArea.findUnique({ where: { councilId } }),
    client.council.findUniqueOrThrow({ where: { id: councilId }, select: { localAuthorityCode: true } }),
  ]);
  const definition = area ?? defaultLocalArea(council.localAuthorityCode);
  const first = decideLocalResident({ postcode, area: definition });
  if (!first.valid || !first.normalised) return first;
  const lookup = await client.postcodeLookup.findUnique({
    where: { councilId_postcode: { councilId, postcode: first.normalised } },
    select: { localAuthorityCode: true },
  });
  return decideLocalResident({
    postcode,
    area: definition,
    lookupLaCode: lookup?.localAuthorityCode ?? null,
    councilLaCodes: area?.localAuthorityCodes.length ? area.localAuthorityCodes : [council.localAuthorityCode],
  });
}
