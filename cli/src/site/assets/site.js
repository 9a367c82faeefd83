// nato-assurances site: search and timeline filters. No outside requests; text from the
// records is only ever inserted with textContent, never as markup.
"use strict";
(function () {
  // Fold text for matching, the rule of nato_assurances::fold_name: decompose (NFD), drop
  // combining marks, lowercase, map the letters that do not decompose, collapse whitespace.
  var EXTRA = { "ł": "l", "ø": "o", "ß": "ss", "đ": "d", "ð": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ħ": "h" };
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[łøßđðıæœþħ]/g, function (c) { return EXTRA[c]; })
      .replace(/\s+/g, " ").trim();
  }
  // An entry's searchable text: folded, and with German umlauts also spelled out (ö as oe),
  // so that "woerner" finds Wörner as "worner" does.
  var UMLAUT = { "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue" };
  function searchable(s) {
    var plain = fold(s);
    var german = fold(s.normalize("NFC").replace(/[äöüÄÖÜ]/g, function (c) { return UMLAUT[c]; }));
    return german === plain ? plain : plain + " " + german;
  }

  function searchPage() {
    var input = document.getElementById("q");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list || !window.SEARCH_INDEX) { return; }
    var index = window.SEARCH_INDEX.map(function (e) {
      return [e[0], e[1], e[2], searchable(e[1] + " " + e[3])];
    });
    var LIMIT = 100;
    function run() {
      var words = fold(input.value).split(" ").filter(Boolean);
      while (list.firstChild) { list.removeChild(list.firstChild); }
      if (!words.length) { status.textContent = ""; return; }
      var hits = [];
      for (var i = 0; i < index.length; i++) {
        var e = index[i];
        var ok = true;
        for (var w = 0; w < words.length; w++) {
          if (e[3].indexOf(words[w]) < 0) { ok = false; break; }
        }
        if (ok) { hits.push(e); }
      }
      var order = { actor: 0, commitment: 1, event: 2, claim: 3, quote: 4, source: 5 };
      hits.sort(function (a, b) { return order[a[0]] - order[b[0]]; });
      status.textContent = hits.length + (hits.length === 1 ? " result" : " results") +
        (hits.length > LIMIT ? " (first " + LIMIT + " shown)" : "");
      hits.slice(0, LIMIT).forEach(function (e) {
        var li = document.createElement("li");
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = e[0];
        var a = document.createElement("a");
        a.setAttribute("href", e[2]);
        a.textContent = e[1];
        li.appendChild(kind);
        li.appendChild(a);
        list.appendChild(li);
      });
    }
    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) { input.value = params.get("q"); }
    input.addEventListener("input", run);
    document.getElementById("search-form").addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
    run();
  }

  function timelineFilters() {
    var form = document.getElementById("timeline-filters");
    if (!form) { return; }
    var marks = document.querySelectorAll("#timeline .mark");
    var tip = document.getElementById("timeline-tip");
    function label(m) {
      var title = m.querySelector("title");
      return title ? title.textContent : "";
    }
    function showTip(ev) {
      var m = ev.currentTarget;
      tip.textContent = label(m);
      tip.hidden = false;
      var box = m.getBoundingClientRect(), host = tip.parentNode.getBoundingClientRect();
      tip.style.left = Math.max(0, box.left - host.left + tip.parentNode.scrollLeft - 40) + "px";
      tip.style.top = (box.bottom - host.top + 6) + "px";
    }
    function hideTip() { tip.hidden = true; }
    marks.forEach(function (m) {
      m.addEventListener("mouseenter", showTip);
      m.addEventListener("focus", showTip);
      m.addEventListener("mouseleave", hideTip);
      m.addEventListener("blur", hideTip);
    });
    var count = document.getElementById("timeline-count");
    function has(el, attr, value) {
      return !value || (" " + el.getAttribute(attr) + " ").indexOf(" " + value + " ") >= 0;
    }
    function show(el, ok) {
      if (!el) { return; }
      if (ok) { el.removeAttribute("hidden"); el.style.display = ""; } else { el.setAttribute("hidden", ""); el.style.display = "none"; }
    }
    function apply() {
      var kinds = {};
      form.querySelectorAll("input[name=kind]").forEach(function (c) { kinds[c.value] = c.checked; });
      var topic = form.elements.topic.value, actor = form.elements.actor.value, group = form.elements.group.value;
      var shown = 0;
      marks.forEach(function (m) {
        var ok = kinds[m.getAttribute("class").split("mark-")[1]] && has(m, "data-topics", topic) &&
          has(m, "data-actors", actor) && has(m, "data-groups", group);
        show(m, ok);
        if (ok) { shown++; }
      });
      count.textContent = shown + " of " + marks.length + " marks shown";
    }
    form.addEventListener("change", apply);
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    searchPage();
    timelineFilters();
  });
})();
