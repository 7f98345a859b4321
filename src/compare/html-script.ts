/**
 * The comparison page's one inline script: sorting by a click on a column
 * header and a filter field above the tables that list municipalities. It
 * only rearranges and hides rows the page already holds, so the page reads
 * the same without it (and the PDF is printed without it). Its sha256 is in
 * the page's Content-Security-Policy, which allows no other script.
 *
 * A table opts in with `class="sortable"`; a numeric cell gives its value in
 * `data-v` (no `data-v`: no value, sorted last); `data-filter` on the table
 * is the filter field's label and `data-count` the status text with `{shown}`
 * and `{total}`. Texts come from the page, so the script holds none.
 */
export const TABLE_SCRIPT = `(function () {
  "use strict";
  var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
  function key(row, i) {
    var cell = row.cells[i];
    if (!cell) return null;
    if (cell.hasAttribute("data-v")) return Number(cell.getAttribute("data-v"));
    return cell.classList.contains("n") ? null : cell.textContent.trim();
  }
  function compare(a, b) {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return typeof a === "number" && typeof b === "number" ? a - b : collator.compare(String(a), String(b));
  }
  function sortBy(table, th, i) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, at) { return { row: row, key: key(row, i), at: at }; });
    rows.sort(function (a, b) {
      var order = a.key === null || b.key === null ? compare(a.key, b.key) : compare(a.key, b.key) * (ascending ? 1 : -1);
      return order || a.at - b.at;
    });
    rows.forEach(function (r) { body.appendChild(r.row); });
  }
  function filterable(table) {
    var label = document.createElement("label");
    var input = document.createElement("input");
    var status = document.createElement("span");
    label.className = "filter";
    label.textContent = table.getAttribute("data-filter") + " ";
    input.type = "search";
    status.setAttribute("aria-live", "polite");
    label.appendChild(input);
    label.appendChild(status);
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    input.addEventListener("input", function () {
      var q = input.value.trim().toLocaleLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        row.hidden = q !== "" && row.textContent.toLocaleLowerCase().indexOf(q) < 0;
        if (!row.hidden) shown++;
      });
      status.textContent = q === "" ? "" : " " + table.getAttribute("data-count").replace("{shown}", shown).replace("{total}", rows.length);
    });
    var box = table.closest(".scroll") || table;
    box.parentNode.insertBefore(label, box);
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, i) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, th, i); });
    });
    if (table.hasAttribute("data-filter")) filterable(table);
  });
})();`;
