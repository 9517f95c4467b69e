// PlanLint's HTML report: filters, search and ordering that work offline. Embedded in each report and allowed by its
// hash in the page's Content-Security-Policy. It only shows, hides and reorders what the page already holds: it never
// builds markup from text, so nothing a plan says can become code.
(function () {
  "use strict";

  var form = document.getElementById("filters");
  if (!form) return;
  var status = document.getElementById("filter-status");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.rec"));
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var actions = Array.prototype.slice.call(document.querySelectorAll("li.action"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-rec]"));

  function checkedSeverities() {
    var boxes = form.querySelectorAll("input[name=severity]");
    var chosen = {};
    var all = true;
    for (var i = 0; i < boxes.length; i++) {
      chosen[boxes[i].value] = boxes[i].checked;
      if (!boxes[i].checked) all = false;
    }
    return { chosen: chosen, all: all };
  }

  function text(element) {
    return (element.textContent || "").toLowerCase();
  }

  function apply() {
    var severities = checkedSeverities();
    var category = form.elements.category.value;
    var rule = form.elements.rule.value;
    var errorsOnly = form.elements.errorsOnly.checked;
    var query = form.elements.q.value.trim().toLowerCase();
    var filtering = !severities.all || category !== "" || rule !== "";

    findings.forEach(function (f) {
      f.hidden = !(severities.chosen[f.dataset.severity] && (category === "" || f.dataset.category === category) && (rule === "" || f.dataset.rule === rule));
    });

    actions.forEach(function (a) {
      var matching = a.querySelectorAll("li.finding:not([hidden]):not([data-suppressed])").length;
      a.hidden = (filtering && matching === 0) || (query !== "" && text(a).indexOf(query) < 0 && !matchesOutsideActions(a.closest("article.rec"), query));
    });

    var shown = 0;
    cards.forEach(function (card) {
      var show = true;
      if (filtering && card.querySelectorAll("li.finding:not([hidden]):not([data-suppressed])").length === 0) show = false;
      if (errorsOnly && card.dataset.errors !== "true") show = false;
      if (query !== "" && text(card).indexOf(query) < 0) show = false;
      card.hidden = !show;
      if (show) shown++;
    });

    rows.forEach(function (row) {
      var card = document.getElementById(row.dataset.rec);
      row.classList.toggle("filtered-out", !!card && card.hidden);
    });

    var noun = cards.length === 1 ? " recommendation." : " recommendations.";
    status.textContent = shown === cards.length
      ? (cards.length === 1 ? "Showing the one recommendation." : "Showing all " + cards.length + noun)
      : "Showing " + shown + " of " + cards.length + noun;
  }

  // A search that matches the concern or the recommendation's details shows all its actions.
  function matchesOutsideActions(card, query) {
    if (!card) return false;
    var parts = card.querySelectorAll("h4, .rec-meta, blockquote.concern");
    for (var i = 0; i < parts.length; i++) {
      if (text(parts[i]).indexOf(query) >= 0) return true;
    }
    return false;
  }

  function byAttention(a, b) {
    return Number(a.dataset.level) - Number(b.dataset.level)
      || Number(b.dataset.points) - Number(a.dataset.points)
      || Number(a.dataset.order) - Number(b.dataset.order);
  }

  function byDocument(a, b) {
    return Number(a.dataset.order) - Number(b.dataset.order);
  }

  function reorder() {
    var compare = form.elements.order.value === "attention" ? byAttention : byDocument;
    document.querySelectorAll(".cards").forEach(function (container) {
      Array.prototype.slice.call(container.children).sort(compare).forEach(function (card) { container.appendChild(card); });
    });
    document.querySelectorAll("table.scorecard tbody").forEach(function (body) {
      var recRows = Array.prototype.slice.call(body.querySelectorAll("tr[data-rec]"));
      if (recRows.length === 0) return;
      recRows.sort(compare).forEach(function (row) { body.appendChild(row); });
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", apply);
  form.addEventListener("change", function (event) {
    if (event.target === form.elements.order) reorder();
    apply();
  });

  form.hidden = false;
  apply();
  document.documentElement.dataset.ready = "true";
})();
