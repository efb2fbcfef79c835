import type { FastifyInstance } from "fastify";
import { TIME_ZONE_SCRIPT_PATH } from "./subscribe-form";

// Chooses the browser's own zone in a subscribe form's time-zone select, unless the person
// chose one already, and fills a form's hidden zone field (the articles' short form). A file of its own: the pages' CSP runs scripts from Keel's origin only.
const SCRIPT = `(function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) return;
  var selects = document.querySelectorAll("select[data-detect-zone]");
  for (var i = 0; i < selects.length; i++) {
    var select = selects[i];
    var found = false;
    for (var j = 0; j < select.options.length; j++) {
      if (select.options[j].value === zone) { found = true; break; }
    }
    if (!found) select.add(new Option(zone.replace(/_/g, " "), zone));
    select.value = zone;
  }
  var hidden = document.querySelectorAll("input[data-detect-zone]");
  for (var k = 0; k < hidden.length; k++) hidden[k].value = zone;
})();
`;

export function registerTimeZoneScript(app: FastifyInstance): void {
  app.get(TIME_ZONE_SCRIPT_PATH, { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type("text/javascript; charset=utf-8")
      .header("cache-control", "public, max-age=3600")
      .send(SCRIPT),
  );
}
