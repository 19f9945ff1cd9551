import { myDataCsv } from "@/lib/privacy/export-my-data";
import { myDataDownload } from "../download";

export async function GET() {
  return myDataDownload("csv", myDataCsv);
}
