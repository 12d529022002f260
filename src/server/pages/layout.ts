import { esc } from './html.js';

/**
 * The workspace's shared style sheet, inlined into every page: a page is one response that shows
 * right with no second request, and the sheet is small. Relations have a colour each, on the
 * citation links of a document's text (`a.vanban-cite[data-relation]`, written by `annotate`)
 * and in the lists of edges.
 */
export const WORKSPACE_CSS = `
:root{--fg:#1d2430;--muted:#667085;--line:#e4e7ec;--bg:#fff;--soft:#f6f7f9;--link:#1f5fbf;--mark:#fff0a8;
--basis:#1f7a4d;--implements:#1f5fbf;--cites:#3b5b8c;--amends:#a35a00;--replaces:#a3004b;--repeals:#b42318;--guides:#6941c6;--other:#475467}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 "Noto Sans","Segoe UI",system-ui,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link);text-decoration:none} a:hover{text-decoration:underline}
header.top{display:flex;gap:16px;align-items:center;padding:10px 20px;border-bottom:1px solid var(--line);background:var(--soft)}
header.top .brand{font-weight:700;color:var(--fg)} header.top nav{display:flex;gap:14px}
header.top form{margin-left:auto;display:flex;gap:6px} header.top input[type=search]{width:22em}
main{padding:16px 20px;max-width:1200px;margin:0 auto}
h1{font-size:22px;margin:4px 0 6px} h2{font-size:17px;margin:22px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.muted{color:var(--muted)} .small{font-size:13px} .num{text-align:right;font-variant-numeric:tabular-nums}
input,select,button{font:inherit;padding:4px 8px;border:1px solid #c9ced6;border-radius:6px;background:#fff}
button{background:var(--link);color:#fff;border-color:var(--link);cursor:pointer}
form.search{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:8px;margin:8px 0 14px}
form.search .q{grid-column:1/-1;display:flex;gap:8px} form.search .q input{flex:1;font-size:17px}
form.search label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
.layout{display:grid;grid-template-columns:220px 1fr;gap:24px} @media (max-width:800px){.layout{grid-template-columns:1fr}}
.facets h3{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:12px 0 4px}
.facets ul{list-style:none;margin:0;padding:0} .facets li{display:flex;justify-content:space-between;gap:8px;font-size:14px}
.facets li.on a{font-weight:700;color:var(--fg)}
ol.hits{list-style:none;margin:0;padding:0} ol.hits>li{padding:10px 0;border-bottom:1px solid var(--line)}
.hit .title{font-size:16px;font-weight:600} .hit .meta{font-size:13px;color:var(--muted)}
.snippet{font-size:14px;margin-top:4px} mark{background:var(--mark);padding:0 1px}
.badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:9px;background:var(--soft);border:1px solid var(--line);color:var(--other)}
.rel-basis{color:var(--basis)} .rel-implements{color:var(--implements)} .rel-cites{color:var(--cites)} .rel-amends{color:var(--amends)}
.rel-replaces{color:var(--replaces)} .rel-repeals{color:var(--repeals)} .rel-guides{color:var(--guides)}
dl.identity{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0} dl.identity dt{color:var(--muted)} dl.identity dd{margin:0}
.doc{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:24px} @media (max-width:900px){.doc{grid-template-columns:1fr}}
.doc>aside{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:15px/1.6 "Noto Serif","Times New Roman",serif;background:var(--soft);padding:14px 16px;border-radius:8px;border:1px solid var(--line)}
a.vanban-cite{border-bottom:2px solid currentColor;color:var(--cites)} a.vanban-cite:hover{background:#eef4ff;text-decoration:none}
a.vanban-cite[data-relation=basis]{color:var(--basis)} a.vanban-cite[data-relation=implements]{color:var(--implements)}
a.vanban-cite[data-relation=amends]{color:var(--amends)} a.vanban-cite[data-relation=replaces]{color:var(--replaces)}
a.vanban-cite[data-relation=repeals]{color:var(--repeals)} a.vanban-cite[data-relation=guides]{color:var(--guides)}
aside ul{list-style:none;padding:0;margin:0} aside li{font-size:14px;margin:3px 0} ul.contents{max-height:40vh;overflow:auto}
table.grid{border-collapse:collapse;width:100%;font-size:14px} table.grid th,table.grid td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
table.grid th{background:var(--soft);font-weight:600} tr.none td:first-child{color:#b42318}
ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:18px} ul.tree{padding-left:0}
ul.tree li{position:relative;margin:2px 0} ul.tree ul li::before{content:"";position:absolute;left:-12px;top:0;height:1em;width:9px;border-left:1px solid #b9c0cb;border-bottom:1px solid #b9c0cb}
ul.tree summary{cursor:pointer} ul.tree .place{font-weight:600} ul.tree .cited-only{font-style:italic}
ul.tree .leaf{padding-left:14px}
.drawing{width:100%;height:min(70vh,520px);border:1px solid var(--line);border-radius:8px;background:#fafafa;margin:8px 0} .drawing svg{width:100%;height:100%}
.drawing .node circle{stroke:#345;stroke-width:1.5px} .drawing .node text{font-size:12px} .drawing .node .place{font-weight:600}
.drawing .node rect{fill:#fff;stroke:#ccd;rx:4} .drawing .node.cited rect{stroke-dasharray:3 2}
.drawing .link{fill:none;stroke:#9ab;stroke-width:1.3px} .drawing .link.asserted{stroke-dasharray:4 3}
.notice{padding:10px 14px;border-radius:8px;background:#fff6e5;border:1px solid #f5d49a}
.error{padding:10px 14px;border-radius:8px;background:#fef3f2;border:1px solid #fecdca}
.pager{display:flex;gap:16px;margin-top:12px}
`;

export interface LayoutOptions {
  /** the page's title (escaped here) */
  title: string;
  /** the body, already HTML */
  body: string;
  /** the query shown in the header's search box */
  q?: string;
}

/** A complete page: the header with the search box and the workspace's sections, then `body`. */
export function layout(o: LayoutOptions): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(o.title)} · vanban</title>
<style>${WORKSPACE_CSS}</style>
</head><body>
<header class="top"><a class="brand" href="/">vanban</a><nav><a href="/search">Search</a><a href="/missing">Missing documents</a></nav>
<form action="/search" method="get" role="search"><input type="search" name="q" value="${esc(o.q ?? '')}" placeholder="Nghị quyết 18-NQ/TW, tinh gon bo may…" aria-label="search"><button type="submit">Search</button></form></header>
<main>
${o.body}
</main></body></html>
`;
}

/** A page for an error the server answers with (404, 400, 409…): the message, escaped. */
export function errorPage(status: number, message: string, details?: string): string {
  return layout({
    title: `${status}`,
    body: `<h1>${esc(status)}</h1><div class="error">${esc(message)}</div>${details ? `<p class="muted">${esc(details)}</p>` : ''}<p><a href="/search">Search the corpus</a></p>`,
  });
}
