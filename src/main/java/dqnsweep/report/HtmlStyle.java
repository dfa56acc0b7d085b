package dqnsweep.report;

/** The page's inline stylesheet and script: no external resources, so it opens from disk. */
final class HtmlStyle {

    static final String CSS = """
            :root { --text: #222; --muted: #666; --line: #ddd; --bg-alt: #f6f7f9; --accent: #0072b2; }
            * { box-sizing: border-box; }
            body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
                   color: var(--text); margin: 0; background: #fff; }
            main { max-width: 1400px; margin: 0 auto; padding: 20px 22px 60px; }
            h1 { font-size: 28px; margin: 8px 0 4px; }
            h2 { font-size: 21px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
            h3 { font-size: 16px; margin: 22px 0 6px; }
            p, li { max-width: 980px; }
            .muted { color: var(--muted); }
            .lead { font-size: 17px; }
            nav { position: sticky; top: 0; background: rgba(255,255,255,.96); border-bottom: 1px solid var(--line);
                  padding: 6px 28px; z-index: 2; font-size: 14px; }
            nav a { margin-right: 16px; color: var(--accent); text-decoration: none; }
            .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 14px 0; }
            .card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; min-width: 120px; background: #fff; }
            .card b { display: block; font-size: 20px; }
            .card span { color: var(--muted); font-size: 13px; }
            table { border-collapse: collapse; font-size: 13px; margin: 8px 0 4px; }
            th, td { padding: 4px 7px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
            th { background: var(--bg-alt); font-weight: 600; position: relative; }
            td.l, th.l { text-align: left; }
            td.wrap { white-space: normal; max-width: 420px; text-align: left; }
            tbody tr:hover { background: #fafbe6; }
            table.sortable th { cursor: pointer; user-select: none; padding-right: 15px; }
            table.sortable th::after { content: "\\2195"; position: absolute; right: 3px; color: #bbb; font-size: 11px; }
            table.sortable th[aria-sort=ascending]::after { content: "\\25B2"; color: #333; }
            table.sortable th[aria-sort=descending]::after { content: "\\25BC"; color: #333; }
            .scroll { overflow-x: auto; }
            .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
            .status-complete { color: #1b7837; }
            .status-failed { color: #b2182b; font-weight: 600; }
            .status-corrupt { color: #b2182b; font-weight: 600; }
            .status-missing { color: #8a6d00; font-style: italic; }
            tr.missing td { color: #999; }
            .heat td { text-align: center; min-width: 130px; padding: 8px 10px; font-size: 14px; }
            .heat td small { display: block; font-size: 11px; opacity: .85; }
            .heat th { text-align: center; }
            figure { margin: 18px 0 28px; }
            figure img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
            figcaption { color: var(--muted); font-size: 13px; max-width: 980px; margin-top: 4px; }
            .gifs { display: flex; flex-wrap: wrap; gap: 24px; }
            .gifs figure { margin: 8px 0; }
            .gifs figcaption { max-width: 262px; }
            pre { background: var(--bg-alt); border: 1px solid var(--line); border-radius: 4px; padding: 10px 12px;
                  overflow-x: auto; white-space: pre-wrap; font-size: 13px; max-width: 980px; }
            code { font-size: 13px; background: var(--bg-alt); padding: 1px 4px; border-radius: 3px; }
            .answer { border-left: 4px solid var(--accent); background: #eef6fb; padding: 6px 12px; max-width: 980px; }
            .note { border-left: 4px solid #e69f00; background: #fff8e6; padding: 8px 12px; max-width: 980px; }
            dl.defs dt { font-weight: 600; margin-top: 8px; }
            dl.defs dd { margin-left: 18px; max-width: 940px; }
            p, dd, li, .card b, figcaption { overflow-wrap: anywhere; }
            table.sortable th:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
            @media (max-width: 600px) {
              main { padding: 12px 10px 40px; }
              nav { padding: 6px 10px; }
              nav a { display: inline-block; margin-right: 10px; }
              .card { min-width: 0; flex: 1 1 40%; }
              .heat td { min-width: 0; padding: 6px 4px; font-size: 12px; }
              .gifs figure img { max-width: 100%; height: auto; }
            }
            footer { color: var(--muted); font-size: 12px; margin-top: 40px; }
            """;

    /** Sorts tables by clicking headers, and records how many images loaded (read by the browser check). */
    static final String SCRIPT = """
            (function () {
              function key(cell) {
                var v = cell.getAttribute('data-v');
                if (v === null) { return cell.textContent.trim().toLowerCase(); }
                return v === '' ? null : parseFloat(v);
              }
              function compare(a, b, dir) {
                if (a === b) { return 0; }
                if (a === null) { return 1; }
                if (b === null) { return -1; }
                return (a < b ? -1 : 1) * dir;
              }
              document.querySelectorAll('table.sortable').forEach(function (table) {
                table.querySelectorAll('thead th').forEach(function (th) {
                  // reachable and usable from the keyboard: Tab to a header, Enter or Space sorts
                  th.tabIndex = 0;
                  th.setAttribute('role', 'button');
                  th.addEventListener('keydown', function (e) {
                    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); th.click(); }
                  });
                  th.addEventListener('click', function () {
                    var col = th.cellIndex;
                    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
                    table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
                    var body = table.tBodies[0];
                    var rows = Array.prototype.slice.call(body.rows);
                    rows.sort(function (r, s) { return compare(key(r.cells[col]), key(s.cells[col]), dir); });
                    rows.forEach(function (r) { body.appendChild(r); });
                  });
                });
              });
              window.addEventListener('load', function () {
                var images = document.images, loaded = 0;
                for (var i = 0; i < images.length; i++) {
                  if (images[i].complete && images[i].naturalWidth > 0) { loaded++; }
                }
                document.body.setAttribute('data-images', loaded + '/' + images.length);
                // read by the browser check at a phone's width: wider content means sideways scrolling
                document.body.setAttribute('data-width', document.documentElement.scrollWidth + '/' + window.innerWidth);
              });
            })();
            """;

    private HtmlStyle() {
    }
}
