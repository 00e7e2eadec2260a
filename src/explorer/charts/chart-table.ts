/**
 * The non-visual equivalent of a chart: its data as a plain <table>. Cells are written with
 * textContent only, since labels come from documents and may contain markup.
 */

/**
 * Append a table to `container` (it does not replace what is there, so it can follow a chart's
 * svg), inside a box that scrolls sideways when the table is wider than the panel (a matrix of
 * eight columns is), focusable so keyboards can scroll it too. The first cell of each row is a row
 * header. Returns the table for further styling.
 */
export function chartTable(
  container: HTMLElement,
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  caption?: string,
): HTMLTableElement {
  const doc = container.ownerDocument;
  const table = doc.createElement('table');
  table.className = 'chart-table';
  if (caption) table.createCaption().textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const h of headers) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((cell, i) => {
      const el = doc.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) el.scope = 'row';
      el.textContent = String(cell);
      tr.append(el);
    });
  }
  const wrap = doc.createElement('div');
  wrap.className = 'chart-table-wrap';
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', caption ?? headers.join(', '));
  wrap.append(table);
  container.append(wrap);
  return table;
}
