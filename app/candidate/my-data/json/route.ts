import { myDataJson } from "@/lib/privacy/export-my-data";
import { myDataDownload } from "../download";

export async function GET() {
  return myDataDownload("json", myDataJson);
}
