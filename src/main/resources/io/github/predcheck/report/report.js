// report.html's table: click-to-sort, text and status filters; marks the body when done.
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
