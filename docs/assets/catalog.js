// Lists of guidelines (catalog, audience and topic pages): filters, a keyword
// box, sorting, a count, an empty state with a reset, and a download of the
// checklist of what is shown. All state is kept in the page's address (not in
// `q`, which Material's search reads and opens itself with).
// Self-hosted, no dependencies; the table is complete without it.
(function () {
  "use strict";

  var COLUMNS = ["guideline_id", "guideline_title", "practice_id", "text", "level",
    "audiences", "topics", "references"];
  var FORMULA_START = /^[=+\-@\t\r]/;

  function tokens(row, name) {
    return (row.getAttribute("data-" + name) || "").split(" ");
  }

  function matches(row, state) {
    return Object.keys(state).every(function (name) {
      var wanted = state[name];
      if (!wanted || name === "sort") return true;
      if (name === "keyword") {
        return (row.getAttribute("data-keywords") || "").indexOf(wanted.trim().toLowerCase()) !== -1;
      }
      return tokens(row, name).indexOf(wanted) !== -1;
    });
  }

  function sortKey(row, by) {
    if (by === "title") return row.cells[1].querySelector("a").textContent.toLowerCase();
    if (by === "updated") return row.getAttribute("data-updated") || "";
    return row.getAttribute("data-id") || "";
  }

  function sortRows(rows, by) {
    var sorted = rows.slice();
    sorted.sort(function (a, b) {
      var x = sortKey(a, by), y = sortKey(b, by);
      var order = x < y ? -1 : x > y ? 1 : 0;
      if (by === "updated") order = -order;  // newest first
      if (order === 0) order = sortKey(a, "id") < sortKey(b, "id") ? -1 : 1;
      return order;
    });
    return sorted;
  }

  // Spreadsheet programs run a cell that starts like a formula: defused as in checklist.csv.
  function cell(value) {
    var text = String(value);
    if (FORMULA_START.test(text)) text = "'" + text;
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function checklistCsv(catalog, ids, labels) {
    var byId = {};
    catalog.guidelines.forEach(function (g) { byId[g.id] = g; });
    var lines = [COLUMNS.join(",")];
    ids.forEach(function (id) {
      var g = byId[id];
      if (!g) return;
      g.practices.forEach(function (p) {
        var refs = p.references.map(function (r) {
          var name = labels[r.source] || r.source;
          return r.at ? name + " " + r.at : name;
        }).join("; ");
        lines.push([g.id, g.title, p.id, p.text, p.level, g.audience.join("; "),
          g.topics.join("; "), refs].map(cell).join(","));
      });
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 0);
  }

  function element(tag, attributes, text) {
    var made = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { made.setAttribute(name, attributes[name]); });
    if (text) made.textContent = text;
    return made;
  }

  // The controls that only work with this script are made by it: the keyword
  // box, the reset and download buttons, and the reset of the empty state.
  function addControls(panel, empty) {
    var keyword = element("p", { "class": "hsg-filter hsg-filter--keyword" });
    keyword.appendChild(element("label", { "for": "hsg-filter-keyword" }, "Keyword"));
    keyword.appendChild(element("input", {
      type: "search", id: "hsg-filter-keyword", "data-filter": "keyword", autocomplete: "off"
    }));
    var sort = panel.querySelector("#hsg-filter-sort");
    panel.insertBefore(keyword, sort ? sort.parentNode : panel.querySelector(".hsg-count"));
    var actions = element("p", { "class": "hsg-actions" });
    actions.appendChild(element("button", { type: "button", "class": "hsg-button hsg-reset" }, "Reset"));
    actions.appendChild(element("button", { type: "button", "class": "hsg-button hsg-download" },
      "Download the checklist of what is shown (CSV)"));
    panel.insertBefore(actions, panel.querySelector(".hsg-count"));
    if (empty) {
      empty.appendChild(element("p", {})).appendChild(element("button",
        { type: "button", "class": "hsg-button hsg-reset" }, "Show all guidelines"));
    }
  }

  function setUp() {
    var panel = document.querySelector(".hsg-filters");
    var table = document.querySelector("table[data-list]");
    if (!panel || !table) return;
    addControls(panel, document.querySelector(".hsg-empty"));
    var controls = Array.prototype.slice.call(panel.querySelectorAll("[data-filter]"));
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var count = document.getElementById("hsg-count");
    var empty = document.querySelector(".hsg-empty");
    var params = new URLSearchParams(window.location.search);
    var shown = [];

    function state() {
      var values = {};
      controls.forEach(function (c) { values[c.getAttribute("data-filter")] = c.value; });
      return values;
    }

    function apply() {
      var values = state();
      shown = [];
      sortRows(rows, values.sort || "id").forEach(function (row) {
        var visible = matches(row, values);
        row.hidden = !visible;
        if (visible) shown.push(row);
        body.appendChild(row);
      });
      var narrowed = shown.length !== rows.length;
      table.caption.textContent = narrowed
        ? "Guidelines: " + shown.length + " of " + rows.length + " shown"
        : "Guidelines (" + rows.length + ")";
      count.textContent = shown.length + " of " + rows.length + " guidelines shown";
      table.hidden = shown.length === 0;
      if (empty) empty.hidden = shown.length !== 0;
      var query = new URLSearchParams();
      Object.keys(values).forEach(function (name) {
        var value = values[name];
        if (value && !(name === "sort" && value === "id")) query.set(name, value);
      });
      var search = query.toString();
      history.replaceState(null, "", (search ? "?" + search : window.location.pathname) +
        window.location.hash);
    }

    function reset() {
      controls.forEach(function (c) { c.value = c.getAttribute("data-filter") === "sort" ? "id" : ""; });
      apply();
    }

    controls.forEach(function (control) {
      var preset = params.get(control.getAttribute("data-filter"));
      if (preset !== null) control.value = preset;
      control.addEventListener(control.tagName === "INPUT" ? "input" : "change", apply);
    });
    Array.prototype.forEach.call(document.querySelectorAll(".hsg-reset"), function (button) {
      button.addEventListener("click", reset);
    });
    panel.querySelector(".hsg-download").addEventListener("click", function () {
      var labels = JSON.parse(panel.getAttribute("data-sources") || "{}");
      fetch(panel.getAttribute("data-catalog"))
        .then(function (response) { return response.json(); })
        .then(function (catalog) {
          var ids = shown.map(function (row) { return row.getAttribute("data-id"); });
          download("checklist-selection.csv", checklistCsv(catalog, ids, labels));
        });
    });
    panel.hidden = false;
    apply();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
