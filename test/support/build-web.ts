import { ensureWebBuild } from "../../scripts/ensure-web-build";

export default function setup(): void {
  ensureWebBuild();
}
