import type { FastifyInstance } from "fastify";
import { PUBLIC_STYLES_PATH } from "./page";

// One small stylesheet for every public page: readable on a phone first, no web fonts.
const CSS = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;color:#0f172a;background:#f8fafc}
header.site,footer.site,main{max-width:44rem;margin:0 auto;padding:1rem 1.25rem}
header.site a{font-weight:600;color:#0f766e;text-decoration:none}
footer.site{color:#64748b;font-size:.875rem;border-top:1px solid #e2e8f0;margin-top:3rem}
footer.site a{color:inherit}
main h1{font-size:1.9rem;line-height:1.25;margin:.5rem 0 1rem}
main h2{font-size:1.35rem;line-height:1.3;margin:2rem 0 .75rem}
main a{color:#0f766e}
main img{max-width:100%;height:auto}
main pre{overflow-x:auto;background:#f1f5f9;padding:.75rem;border-radius:6px}
main blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #cbd5e1;color:#334155}
.meta{color:#64748b;font-size:.9rem}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:10px;padding:1.25rem;margin:1.25rem 0}
.notice{background:#f0fdfa;border:1px solid #99f6e4;border-radius:10px;padding:1rem 1.25rem;margin:1.25rem 0}
.error{background:#fef2f2;border:1px solid #fecaca;color:#991b1b;border-radius:10px;padding:1rem 1.25rem;margin:1.25rem 0}
form.stack{display:grid;gap:.9rem}
label{display:grid;gap:.3rem;font-weight:500}
label .hint{font-weight:400;color:#64748b;font-size:.875rem}
input[type=text],input[type=email],select,textarea{font:inherit;padding:.55rem .7rem;border:1px solid #cbd5e1;border-radius:6px;background:#fff;width:100%}
textarea{min-height:8rem}
label.check{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}
button,.button{font:inherit;font-weight:600;background:#0f766e;color:#fff;border:0;border-radius:6px;padding:.65rem 1.2rem;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#fff;color:#0f172a;border:1px solid #cbd5e1}
.honey{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.problem{color:#991b1b;font-weight:400;font-size:.9rem}
[aria-invalid=true]{border-color:#dc2626}
ol.lessons{padding-left:1.5rem}
ol.lessons li{margin:0 0 .35rem}
.reply-text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
.article-body{overflow-wrap:break-word}
ul.plain{list-style:none;padding:0}
ul.plain li{margin:0 0 1.25rem}
`;

export function registerPublicStyles(app: FastifyInstance): void {
  app.get(PUBLIC_STYLES_PATH, { schema: { hide: true } }, async (_request, reply) =>
    reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=3600").send(CSS),
  );
}
