import { buildServer } from "./build-server";
import { ensureWebBuild } from "./ensure-web-build";

// `npm run build`: everything `npm start` and `keel` run, from these sources. Running Keel
// afterwards needs only the packages in "dependencies".
await ensureWebBuild({ always: true });
await buildServer();
