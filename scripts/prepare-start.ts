import { buildServer } from "./build-server";
import { ensureWebBuild } from "./ensure-web-build";

// What `npm start` does before it runs Keel: the web app when its sources changed, the server
// always (it takes well under a second, and so can never be stale).
ensureWebBuild();
await buildServer();
