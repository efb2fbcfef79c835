#!/usr/bin/env node
// The `keel` command: runs the server from its TypeScript sources.
import { register } from "tsx/esm/api";

register();
await import("../src/server/main.ts");
