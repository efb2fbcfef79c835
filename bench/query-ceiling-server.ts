import path from "node:path";
import Fastify from "fastify";
import { openEmbedded, openServer } from "../src/server/db/database";
import { selectEngagementPage } from "../src/server/engagements/queries";
import { PAGE_LIMIT_DEFAULT } from "../src/server/http/keyset-page";

// The one-query ceiling: a bare Fastify route that runs the coach's dashboard's one prepared
// query through Keel's driver and pool (PostgreSQL) or its embedded database, and returns the
// rows. What a read route costs beyond it is Keel's own: sessions, hooks, the log, the response.
const url = process.env.DATABASE_URL;
const handle = url
  ? await openServer(url, Number(process.env.DATABASE_POOL_SIZE ?? 4))
  : await openEmbedded(path.join(process.env.KEEL_DATA_DIR ?? "", "pgdata"));
const viewer = {
  userId: process.env.CEILING_COACH_ID ?? "",
  practiceId: process.env.CEILING_PRACTICE_ID ?? "",
  role: "coach" as const,
  isAdmin: false,
  name: "",
  email: "",
  practiceName: "",
  twoFactorEnabled: false,
  practiceRequiresTwoFactor: false,
};
const app = Fastify({ logger: false });
app.get("/", async () => ({
  items: await selectEngagementPage(handle.db, { viewer, limit: PAGE_LIMIT_DEFAULT }),
}));
app.addHook("onClose", () => handle.close());
const port = Number(process.env.PORT ?? 0);
await app.listen({ port, host: "127.0.0.1" });
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void app.close());
console.log(`Keel is ready at http://127.0.0.1:${port}`);
