(function () {
  "use strict";
  var table = document.getElementById("events");
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr.event"));
  var search = document.getElementById("q");
  var kind = document.getElementById("type");
  var count = document.getElementById("shown");
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });

  function apply() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var wanted = kind.value;
    var shown = 0;
    rows.forEach(function (row, i) {
      var match = (!wanted || row.getAttribute("data-type") === wanted) &&
        words.every(function (w) { return texts[i].indexOf(w) !== -1; });
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " shown";
  }

  function remember() {
    var state = new URLSearchParams();
    if (search.value) { state.set("q", search.value); }
    if (kind.value) { state.set("type", kind.value); }
    var hash = state.toString();
    try {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    } catch (e) {
      location.hash = hash;
    }
  }

  var initial = new URLSearchParams(location.hash.replace(/^#/, ""));
  search.value = initial.get("q") || "";
  if (initial.get("type")) { kind.value = initial.get("type"); }
  search.addEventListener("input", function () { apply(); remember(); });
  kind.addEventListener("change", function () { apply(); remember(); });
  apply();
}());
