package io.github.predcheck.report;

/** The report's inline style and script: inline so the file works offline, from a CI artifact. */
final class HtmlAssets {
  private HtmlAssets() {}

  /** Forbids every network fetch, so nothing in the data can make the page load anything. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

  static final String STYLE = """
      :root{--pass:#1a7f37;--fail:#cf222e;--err:#9a6700;--new:#0969da;--bg:#f6f8fa;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0}
      *{box-sizing:border-box}
      body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP","Hiragino Sans","Yu Gothic",sans-serif;color:var(--fg);background:var(--bg)}
      main{max-width:1200px;margin:0 auto;padding:24px}
      header{display:flex;align-items:center;gap:14px;flex-wrap:wrap}
      h1{font-size:22px;margin:0;overflow-wrap:anywhere}
      h2{font-size:16px;margin:0 0 12px}
      h3{font-size:14px;margin:0 0 6px}
      .badge{padding:3px 12px;border-radius:999px;color:#fff;font-weight:700;letter-spacing:.06em;font-size:13px}
      .badge.passed{background:var(--pass)}.badge.failed{background:var(--fail)}
      .meta{color:var(--muted);font-size:13px;margin:6px 0 0;overflow-wrap:anywhere}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;margin:18px 0}
      .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px;border-top:4px solid var(--line)}
      .card .n{font-size:26px;font-weight:600;font-variant-numeric:tabular-nums}
      .card .l{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
      .card.pass{border-top-color:var(--pass)}.card.diverged{border-top-color:var(--fail)}
      .card.error{border-top-color:var(--err)}.card.new{border-top-color:var(--new)}
      .card.diverged .n.hot{color:var(--fail)}.card.error .n.hot{color:var(--err)}
      .note{background:#fff;border:1px solid var(--line);border-left:4px solid var(--new);border-radius:6px;padding:8px 12px;margin:12px 0}
      section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px;margin:16px 0}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      th{background:#f6f8fa;font-weight:600;white-space:nowrap}
      .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .mono,td.v{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
      td.v{overflow-wrap:anywhere;max-width:260px}
      td.v.txt{white-space:normal}td.id{min-width:180px}
      td.st{min-width:90px;max-width:320px}td.st .msg{font-size:12px;margin-top:2px;overflow-wrap:anywhere}
      .scroll{max-height:640px;overflow:auto;border:1px solid var(--line);border-radius:6px}
      .scroll th{position:sticky;top:0;z-index:1;box-shadow:0 1px 0 var(--line)}
      th.sortable{cursor:pointer;user-select:none}
      th.sortable::after{content:" \\2195";color:#aab}
      th[aria-sort=ascending]::after{content:" \\25B2";color:var(--fg)}
      th[aria-sort=descending]::after{content:" \\25BC";color:var(--fg)}
      tr.st-DIVERGED td,tr.diff td{background:#ffebe9}tr.st-ERROR td{background:#fff8c5}tr.st-NEW td{background:#ddf4ff}
      .pill{display:inline-block;padding:0 8px;border-radius:999px;font-size:11px;font-weight:700;color:#fff}
      .pill.PASS{background:var(--pass)}.pill.DIVERGED{background:var(--fail)}.pill.ERROR{background:var(--err)}.pill.NEW{background:var(--new)}
      .tools{display:flex;gap:10px;align-items:center;margin-bottom:10px;flex-wrap:wrap}
      .tools input,.tools select{font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:6px}
      .tools input{width:280px}
      .muted{color:var(--muted)}
      .errors{list-style:none;padding:0;margin:0}.errors li{margin:0 0 12px}
      .cause{background:#fff8c5;border-radius:4px;padding:2px 6px;overflow-wrap:anywhere;white-space:pre-wrap}
      .plots{display:grid;grid-template-columns:1fr;gap:16px}
      .pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,460px));justify-content:space-evenly;gap:8px 24px;border:1px solid var(--line);border-radius:6px;padding:10px}
      .pair h3{grid-column:1/-1}
      svg.plot{width:100%;height:auto;display:block}
      svg .frame{fill:none;stroke:#8c959f}svg .diag{stroke:#8c959f;stroke-dasharray:4 3}
      svg .pt{fill:var(--pass);fill-opacity:.55}svg .pt.bad{fill:var(--fail);fill-opacity:.9;stroke:#fff;stroke-width:.8}
      svg .bar{fill:var(--pass);fill-opacity:.75}svg .bar.bad{fill:var(--fail)}
      svg text{font-size:10px;fill:var(--muted)}svg .axis-title{font-size:11px;fill:var(--fg);text-anchor:middle}
      svg .count{font-size:9px;fill:var(--fg)}
      .caption{margin:2px 0 0;color:var(--muted);font-size:12px;text-align:center}
      footer{color:var(--muted);font-size:12px;text-align:center;margin:24px 0}
      """;

  /** Click-to-sort (numeric columns by data-v), text and status filters; marks the body when done. */
  static final String SCRIPT = """
      (function () {
        const table = document.getElementById('values');
        if (table) {
          const body = table.tBodies[0];
          const rows = Array.from(body.rows);
          const heads = Array.from(table.tHead.rows[0].cells);
          const key = (td, num) => {
            if (!num) return td.textContent;
            const v = td.getAttribute('data-v');
            return v === null || v === '' ? null : Number(v);
          };
          heads.forEach((th, i) => th.addEventListener('click', () => {
            const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
            heads.forEach(h => h.removeAttribute('aria-sort'));
            th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
            const num = th.classList.contains('num');
            const keyed = Array.from(body.rows).map(r => [key(r.cells[i], num), r]);
            keyed.sort((a, b) => {
              const x = a[0], y = b[0];
              if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
              if (num) return dir * (x < y ? -1 : x > y ? 1 : 0);
              return dir * x.localeCompare(y, undefined, {numeric: true});
            });
            const frag = document.createDocumentFragment();
            keyed.forEach(k => frag.appendChild(k[1]));
            body.appendChild(frag);
          }));
          const text = document.getElementById('filter');
          const status = document.getElementById('status');
          const shown = document.getElementById('shown');
          const apply = () => {
            const q = text.value.trim().toLowerCase();
            let n = 0;
            rows.forEach(r => {
              const ok = (!status.value || r.classList.contains('st-' + status.value))
                  && (!q || r.textContent.toLowerCase().includes(q));
              r.hidden = !ok;
              if (ok) n++;
            });
            shown.textContent = n + ' of ' + rows.length + ' rows shown';
          };
          text.addEventListener('input', apply);
          status.addEventListener('change', apply);
          apply();
        }
        document.body.setAttribute('data-ready', '1');
      })();
      """;
}
