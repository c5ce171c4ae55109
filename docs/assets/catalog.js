// Catalog filters: show only the rows that match every chosen filter.
// Self-hosted, no dependencies; the table is complete without it.
(function () {
  "use strict";

  function matches(row, filters) {
    return filters.every(function (filter) {
      var wanted = filter.value;
      if (!wanted) return true;
      var values = (row.getAttribute("data-" + filter.name) || "").split(" ");
      return values.indexOf(wanted) !== -1;
    });
  }

  function setUp() {
    var table = document.getElementById("hsg-catalog");
    var panel = document.querySelector(".hsg-filters");
    if (!table || !panel) return;
    var selects = Array.prototype.slice.call(panel.querySelectorAll("select[data-filter]"));
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var count = document.getElementById("hsg-count");
    var params = new URLSearchParams(window.location.search);

    function apply() {
      var filters = selects.map(function (s) {
        return { name: s.getAttribute("data-filter"), value: s.value };
      });
      var shown = 0;
      rows.forEach(function (row) {
        var visible = matches(row, filters);
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      count.textContent = shown + " of " + rows.length + " guidelines shown";
      var query = new URLSearchParams();
      filters.forEach(function (f) { if (f.value) query.set(f.name, f.value); });
      var search = query.toString();
      history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }

    selects.forEach(function (select) {
      var preset = params.get(select.getAttribute("data-filter"));
      if (preset) select.value = preset;
      select.addEventListener("change", apply);
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
