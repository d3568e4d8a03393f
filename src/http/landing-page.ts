/** A plain page at / until the web application (issue 3) replaces it: what runs and where the API is. */
export function landingPage(): string {
  return `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sousei（創生）</title>
<style>body{font-family:system-ui,"Noto Sans JP",sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#1a1a1a}a{color:#0017c1}code{background:#f1f1f4;padding:0 .25em}</style></head>
<body>
<h1>Sousei（創生）</h1>
<p>地方創生の KPI・PDCA プラットフォーム。</p>
<ul>
<li><a href="/api/v1/strategies">戦略の一覧</a>（<code>/api/v1/strategies</code>）</li>
<li><a href="/api/v1/strategies/chiiki-mirai-senryaku-2026/evaluation">地域未来戦略 KPI 検証</a>（<a href="/api/v1/strategies/chiiki-mirai-senryaku-2026/evaluation?format=xlsx">Excel</a> / <a href="/api/v1/strategies/chiiki-mirai-senryaku-2026/evaluation?format=csv">CSV</a>）</li>
<li><a href="/api/v1/areas?level=prefecture">都道府県</a></li>
<li><a href="/api/openapi.json">OpenAPI</a></li>
</ul>
</body></html>`;
}
