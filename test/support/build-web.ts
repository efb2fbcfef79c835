import { ensureWebBuild } from "../../scripts/ensure-web-build";

export default async function setup(): Promise<void> {
  await ensureWebBuild();
}
