import Fastify from "fastify";

// The host gauge: a bare Fastify route with a fixed JSON body and no I/O, on the same machine as
// Keel. Routes are judged against query-ceiling-server.ts; this tells how fast the host was.
const app = Fastify({ logger: false });
const body = { status: "ok", service: "ceiling", items: [1, 2, 3] };
app.get("/", async () => body);
const port = Number(process.env.PORT ?? 0);
await app.listen({ port, host: "127.0.0.1" });
console.log(`Keel is ready at http://127.0.0.1:${port}`);
