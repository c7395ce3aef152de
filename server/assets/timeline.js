// The timeline page: an entity's events on a date axis, one lane per PLOVER category or
// per counterpart, coloured by category; filters for category, counterpart and dates; each
// event opens the sentence and the article behind it. Data comes from /api/entities and
// /api/timeline; nothing is loaded from elsewhere.
(function () {
  "use strict";

  // Cooperative categories in greens and blues, conflictual ones in oranges and reds.
  var COLORS = {
    AGREE: "#2e8b57", CONSULT: "#1f77b4", SUPPORT: "#17a2b8", CONCEDE: "#7aa33a",
    COOPERATE: "#3c9d3c", AID: "#5fae8f", RETREAT: "#9b8fc7", INVESTIGATE: "#7d7d85",
    DEMAND: "#ef8a17", DISAPPROVE: "#d9a400", REJECT: "#d9534f", THREATEN: "#c0392b",
    SANCTION: "#8c564b", PROTEST: "#d46aa6", CRIME: "#5b5b63", MOBILIZE: "#a0a32b",
    COERCE: "#a31621", ASSAULT: "#6b0f1a",
  };
  var ORDER = Object.keys(COLORS);
  var SVGNS = "http://www.w3.org/2000/svg";

  var state = {
    entity: null, events: [], lanes: "type", hidden: {}, counterpart: "",
    from: "", to: "", facts: false, selected: null,
  };

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) { e.setAttribute(k, attrs[k]); }
    if (text != null) { e.textContent = text; }
    return e;
  }
  function sv(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    for (var k in attrs || {}) { e.setAttribute(k, attrs[k]); }
    if (text != null) { e.textContent = text; }
    return e;
  }
  function color(type) { return COLORS[type] || "#888"; }
  function names(refs) { return (refs || []).map(function (r) { return r.name; }).join(", "); }

  // A graph date (2025, 2025-07 or 2025-07-01) as the time span it names.
  function span(d) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d || "");
    if (!m) { return null; }
    var y = +m[1], mo = m[2] ? +m[2] - 1 : null, da = m[3] ? +m[3] : null;
    if (da != null) { var t = Date.UTC(y, mo, da); return { start: t, end: t + 864e5, precision: "day" }; }
    if (mo != null) { return { start: Date.UTC(y, mo, 1), end: Date.UTC(y, mo + 1, 1), precision: "month" }; }
    return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), precision: "year" };
  }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function fmtDate(d) {
    var s = span(d);
    if (!s) { return "undated"; }
    var t = new Date(s.start);
    if (s.precision === "year") { return String(t.getUTCFullYear()); }
    if (s.precision === "month") { return MONTHS[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
    return t.getUTCDate() + " " + MONTHS[t.getUTCMonth()] + " " + t.getUTCFullYear();
  }
  function validDate(s) { return s === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s); }

  function counterparts(ev) {
    var id = state.entity.id, out = [];
    (ev.source || []).concat(ev.target || []).forEach(function (r) {
      if (r.id !== id && !out.some(function (o) { return o.id === r.id; })) { out.push(r); }
    });
    return out;
  }

  function showError(msg) {
    var e = $("error");
    e.textContent = msg;
    e.hidden = !msg;
  }

  function getJSON(url) {
    return fetch(url).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body && body.error ? body.error : r.status + " " + r.statusText); }
        return body;
      });
    });
  }

  // --- search box -------------------------------------------------------------------

  var suggestTimer = null, suggestions = [], active = -1;
  function renderSuggest() {
    var ul = $("suggest");
    ul.innerHTML = "";
    suggestions.forEach(function (e, i) {
      var li = el("li", { role: "option", "aria-selected": String(i === active), "data-id": e.id });
      li.appendChild(el("span", {}, e.name));
      li.appendChild(el("span", { "class": "kind" }, e.type + (e.mentions ? " · " + e.mentions : "")));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(e.id); });
      ul.appendChild(li);
    });
    ul.hidden = suggestions.length === 0;
  }
  function lookup(q) {
    getJSON("/api/entities?limit=12&q=" + encodeURIComponent(q)).then(function (list) {
      suggestions = list; active = list.length ? 0 : -1; renderSuggest();
    }).catch(function (err) { showError(err.message); });
  }
  function choose(id) {
    $("suggest").hidden = true;
    suggestions = [];
    load(id, true);
  }

  // --- loading ----------------------------------------------------------------------

  function load(entity, push) {
    showError("");
    getJSON("/api/timeline?entity=" + encodeURIComponent(entity)).then(function (data) {
      state.entity = data.entity;
      state.events = data.events || [];
      state.hidden = {};
      state.counterpart = "";
      state.selected = null;
      if (push) { history.pushState({ entity: data.entity.id }, "", "/timeline?entity=" + encodeURIComponent(data.entity.id)); }
      document.title = data.entity.name + " · Timeline · relgraph";
      $("q").value = data.entity.name;
      $("intro").hidden = true;
      $("view").hidden = false;
      $("detail").hidden = true;
      fillCounterparts();
      render();
    }).catch(function (err) {
      showError(err.message);
    });
  }

  function fillCounterparts() {
    var counts = {}, byID = {};
    state.events.forEach(function (ev) {
      counterparts(ev).forEach(function (r) { counts[r.id] = (counts[r.id] || 0) + 1; byID[r.id] = r; });
    });
    var sel = $("counterpart");
    sel.innerHTML = "";
    sel.appendChild(el("option", { value: "" }, "everyone"));
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || byID[a].name.localeCompare(byID[b].name); })
      .forEach(function (id) { sel.appendChild(el("option", { value: id }, byID[id].name + " (" + counts[id] + ")")); });
    sel.value = "";
  }

  // The events the filters let through, and the count of each category among those
  // that pass every filter but the category one.
  function visible() {
    var out = [], perType = {};
    state.events.forEach(function (ev) {
      if (state.facts && (ev.negated || ev.future)) { return; }
      if (state.counterpart && !counterparts(ev).some(function (r) { return r.id === state.counterpart; })) { return; }
      if (state.from && ev.date && ev.date < state.from && !state.from.startsWith(ev.date)) { return; }
      if (state.to && ev.date && ev.date.slice(0, state.to.length) > state.to) { return; }
      perType[ev.type] = (perType[ev.type] || 0) + 1;
      if (state.hidden[ev.type]) { return; }
      out.push(ev);
    });
    return { events: out, perType: perType };
  }

  function renderLegend(perType) {
    var box = $("legend");
    box.innerHTML = "";
    var present = {};
    state.events.forEach(function (ev) { present[ev.type] = true; });
    ORDER.concat(Object.keys(present).filter(function (t) { return !COLORS[t]; })).forEach(function (t) {
      if (!present[t]) { return; }
      var b = el("button", { type: "button", "data-type": t, title: "Show or hide " + t });
      if (state.hidden[t]) { b.className = "off"; }
      var sw = el("span", { "class": "sw" });
      sw.style.background = color(t);
      b.appendChild(sw);
      b.appendChild(document.createTextNode(t.charAt(0) + t.slice(1).toLowerCase() + " "));
      b.appendChild(el("span", { "class": "n" }, String(perType[t] || 0)));
      b.addEventListener("click", function () { state.hidden[t] = !state.hidden[t]; render(); });
      box.appendChild(b);
    });
  }

  // --- the chart --------------------------------------------------------------------

  function ticks(t0, t1, width) {
    var days = (t1 - t0) / 864e5, out = [];
    var d = new Date(t0), y = d.getUTCFullYear();
    if (days > 365 * 3) {
      var step = Math.max(1, Math.ceil(days / 365 / (width / 90)));
      for (var yy = y; Date.UTC(yy, 0, 1) <= t1; yy += step) {
        if (Date.UTC(yy, 0, 1) >= t0) { out.push({ t: Date.UTC(yy, 0, 1), label: String(yy), major: true }); }
      }
      return out;
    }
    var every = days > 540 ? 3 : days > 120 ? 1 : 0;
    if (every) {
      for (var m = Date.UTC(y, d.getUTCMonth(), 1); m <= t1; ) {
        var md = new Date(m);
        if (m >= t0 && md.getUTCMonth() % every === 0) {
          var jan = md.getUTCMonth() === 0;
          out.push({ t: m, label: jan ? String(md.getUTCFullYear()) : MONTHS[md.getUTCMonth()], major: jan });
        }
        m = Date.UTC(md.getUTCFullYear(), md.getUTCMonth() + 1, 1);
      }
      return out;
    }
    var stepDays = days > 60 ? 14 : days > 20 ? 7 : days > 8 ? 2 : 1;
    for (var t = Date.UTC(y, d.getUTCMonth(), d.getUTCDate()); t <= t1; t += stepDays * 864e5) {
      var td = new Date(t);
      out.push({ t: t, label: td.getUTCDate() + " " + MONTHS[td.getUTCMonth()], major: td.getUTCDate() === 1 });
    }
    return out;
  }

  function render() {
    var v = visible();
    renderLegend(v.perType);
    var evs = v.events;
    var dated = evs.filter(function (ev) { return span(ev.date); });
    var undated = evs.length - dated.length;
    var e = state.entity;
    $("entity-name").textContent = e.name;
    $("entity-meta").textContent = [e.type, e.id, e.mentions ? "mentioned in " + e.mentions + " article" + (e.mentions === 1 ? "" : "s") : ""]
      .filter(Boolean).join(" · ") + (e.aliases && e.aliases.length ? " · also " + e.aliases.slice(0, 5).join(", ") : "");
    $("count").textContent = evs.length + " of " + state.events.length + " events";
    $("undated").textContent = undated ? undated + " event" + (undated === 1 ? " has" : "s have") + " no date and " + (undated === 1 ? "is" : "are") + " not drawn." : "";

    // Lanes.
    var laneKeys = [], laneOf = function () { return []; }, laneName = {};
    if (state.lanes === "type") {
      var seen = {};
      dated.forEach(function (ev) { seen[ev.type] = true; });
      laneKeys = ORDER.filter(function (t) { return seen[t]; }).concat(Object.keys(seen).filter(function (t) { return !COLORS[t]; }));
      laneKeys.forEach(function (t) { laneName[t] = t.charAt(0) + t.slice(1).toLowerCase(); });
      laneOf = function (ev) { return [ev.type]; };
    } else {
      var count = {};
      dated.forEach(function (ev) {
        var cps = counterparts(ev);
        if (!cps.length) { cps = [{ id: "", name: "(no counterpart)" }]; }
        cps.forEach(function (r) { count[r.id] = (count[r.id] || 0) + 1; laneName[r.id] = r.name; });
      });
      laneKeys = Object.keys(count).sort(function (a, b) { return count[b] - count[a] || laneName[a].localeCompare(laneName[b]); }).slice(0, 25);
      laneOf = function (ev) {
        var cps = counterparts(ev).map(function (r) { return r.id; });
        return cps.length ? cps : [""];
      };
    }

    var svg = $("chart");
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var W = Math.max(480, svg.parentNode.clientWidth), labelW = 170, padR = 28, axisH = 34, laneH = 40;
    var H = axisH + Math.max(1, laneKeys.length) * laneH + 12;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.setAttribute("height", H);
    if (!dated.length) {
      svg.appendChild(sv("text", { x: W / 2, y: H / 2 + 4, "text-anchor": "middle", "class": "empty" },
        state.events.length ? "No dated event passes the filters." : "No events are recorded for " + e.name + "."));
      return;
    }
    var t0 = Infinity, t1 = -Infinity;
    dated.forEach(function (ev) { var s = span(ev.date); t0 = Math.min(t0, s.start); t1 = Math.max(t1, s.end); });
    var pad = Math.max((t1 - t0) * 0.04, 3 * 864e5);
    t0 -= pad; t1 += pad;
    var x = function (t) { return labelW + (t - t0) / (t1 - t0) * (W - labelW - padR); };

    // Axis and grid.
    ticks(t0, t1, W - labelW).forEach(function (tk) {
      var xx = x(tk.t);
      svg.appendChild(sv("line", { x1: xx, x2: xx, y1: axisH - 6, y2: H - 8, "class": "grid", "stroke-width": tk.major ? 1.2 : 1 }));
      svg.appendChild(sv("text", { x: xx + 3, y: axisH - 12, "class": "axis-label", "font-weight": tk.major ? 600 : 400 }, tk.label));
    });
    svg.appendChild(sv("line", { x1: labelW, x2: W - padR, y1: axisH - 6, y2: axisH - 6, "class": "axis-line" }));

    // Lanes.
    var laneIndex = {};
    laneKeys.forEach(function (k, i) {
      laneIndex[k] = i;
      var y = axisH + i * laneH;
      if (i % 2 === 0) { svg.appendChild(sv("rect", { x: 0, y: y, width: W, height: laneH, "class": "lane-bg" })); }
      var n = dated.filter(function (ev) { return laneOf(ev).indexOf(k) >= 0; }).length;
      if (state.lanes === "type") {
        svg.appendChild(sv("circle", { cx: 16, cy: y + laneH / 2, r: 5, fill: color(k) }));
      }
      var label = laneName[k].length > 20 ? laneName[k].slice(0, 19) + "…" : laneName[k];
      var text = sv("text", { x: state.lanes === "type" ? 28 : 14, y: y + laneH / 2 + 4, "class": "lane-label", "data-name": laneName[k] }, label);
      if (label !== laneName[k]) { text.appendChild(sv("title", {}, laneName[k])); }
      svg.appendChild(text);
      svg.appendChild(sv("text", { x: labelW - 12, y: y + laneH / 2 + 4, "text-anchor": "end", "class": "lane-count" }, String(n)));
    });
    // Put the lane backgrounds and labels under the grid lines' text.
    // Events, the less precise first so that days sit on top of months and years.
    var order = dated.slice().sort(function (a, b) { return span(b.date).end - span(b.date).start - (span(a.date).end - span(a.date).start); });
    order.forEach(function (ev) {
      var s = span(ev.date);
      laneOf(ev).forEach(function (k) {
        if (!(k in laneIndex)) { return; }
        var cy = axisH + laneIndex[k] * laneH + laneH / 2;
        var g = sv("g", { "class": "ev" + (ev.negated || ev.future ? " hollow" : "") + (state.selected === ev ? " sel" : ""), tabindex: 0, "data-event": ev.id });
        var c = color(ev.type);
        if (s.precision !== "day") {
          var x0 = x(s.start), x1 = x(s.end);
          g.appendChild(sv("rect", { x: x0, y: cy - 7, width: Math.max(2, x1 - x0), height: 14, rx: 7, fill: c }));
          g.appendChild(sv("circle", { cx: (x0 + x1) / 2, cy: cy, r: 5, fill: c }));
        } else {
          g.appendChild(sv("circle", { cx: x((s.start + s.end) / 2), cy: cy, r: 6.5, fill: c }));
        }
        g.addEventListener("mouseenter", function (me) { tip(ev, me); });
        g.addEventListener("mousemove", function (me) { tip(ev, me); });
        g.addEventListener("mouseleave", function () { $("tip").hidden = true; });
        g.addEventListener("click", function () { select(ev); });
        g.addEventListener("keydown", function (ke) { if (ke.key === "Enter") { select(ev); } });
        svg.appendChild(g);
      });
    });
  }

  function tip(ev, me) {
    var t = $("tip"), wrap = t.parentNode.getBoundingClientRect();
    t.innerHTML = "";
    t.appendChild(el("div", { "class": "d" }, fmtDate(ev.date) + " · " + ev.type + (ev.mode ? " · " + ev.mode : "")));
    var line = el("div");
    line.appendChild(el("b", {}, names(ev.source) || "?"));
    line.appendChild(document.createTextNode(" " + (ev.trigger || ev.type.toLowerCase()) + " "));
    line.appendChild(el("b", {}, names(ev.target) || ""));
    t.appendChild(line);
    if (ev.topics && ev.topics.length) {
      t.appendChild(el("div", { "class": "d" }, "about " + ev.topics.map(function (x) { return x.name; }).join(", ")));
    }
    t.hidden = false;
    var left = me.clientX - wrap.left + 14, top = me.clientY - wrap.top + 14;
    if (left + t.offsetWidth > wrap.width) { left = me.clientX - wrap.left - t.offsetWidth - 14; }
    t.style.left = Math.max(0, left) + "px";
    t.style.top = top + "px";
  }

  function select(ev) {
    state.selected = ev;
    document.querySelectorAll("#chart .ev.sel").forEach(function (g) { g.classList.remove("sel"); });
    document.querySelectorAll('#chart .ev[data-event="' + CSS.escape(ev.id) + '"]').forEach(function (g) { g.classList.add("sel"); });
    var d = $("detail");
    d.innerHTML = "";
    d.style.borderLeftColor = color(ev.type);
    var flags = [];
    if (ev.negated) { flags.push("reported as not having happened"); }
    if (ev.future) { flags.push("announced, not yet happened"); }
    if (ev.stated_by) { flags.push("stated by a later article"); }
    d.appendChild(el("div", { "class": "kicker" }, [fmtDate(ev.date), ev.type, ev.mode].filter(Boolean).join(" · ")));
    d.appendChild(el("h2", {}, (names(ev.source) || "?") + " " + (ev.trigger || ev.type.toLowerCase()) + " " + names(ev.target)));
    var tags = el("div", { "class": "tags" });
    (ev.topics || []).forEach(function (t) { tags.appendChild(el("span", { "class": "tag" }, "topic: " + t.name)); });
    flags.forEach(function (f) { tags.appendChild(el("span", { "class": "tag" }, f)); });
    (ev.sources || []).forEach(function (s) {
      if (s.sentence) { d.appendChild(el("blockquote", {}, s.sentence)); }
      var p = el("p", { "class": "src" });
      p.appendChild(document.createTextNode("From "));
      if (s.url) {
        var a = el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, s.title || s.article);
        p.appendChild(a);
      } else {
        p.appendChild(el("strong", {}, s.title || s.article));
      }
      if (s.published) { p.appendChild(document.createTextNode(", published " + fmtDate(s.published))); }
      d.appendChild(p);
    });
    if (tags.childNodes.length) { d.appendChild(tags); }
    d.hidden = false;
  }

  // --- wiring -----------------------------------------------------------------------

  function readFilters() {
    var from = $("from").value.trim(), to = $("to").value.trim();
    $("from").classList.toggle("bad", !validDate(from));
    $("to").classList.toggle("bad", !validDate(to));
    if (validDate(from)) { state.from = from; }
    if (validDate(to)) { state.to = to; }
    state.counterpart = $("counterpart").value;
    state.facts = $("facts").checked;
    render();
  }

  $("q").addEventListener("input", function () {
    clearTimeout(suggestTimer);
    var q = this.value.trim();
    if (!q) { suggestions = []; renderSuggest(); return; }
    suggestTimer = setTimeout(function () { lookup(q); }, 120);
  });
  $("q").addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!suggestions.length) { return; }
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + suggestions.length) % suggestions.length;
      renderSuggest();
    } else if (e.key === "Escape") {
      $("suggest").hidden = true;
    }
  });
  $("q").addEventListener("blur", function () { $("suggest").hidden = true; });
  $("search").addEventListener("submit", function (e) {
    e.preventDefault();
    if (active >= 0 && suggestions[active]) { choose(suggestions[active].id); }
    else if ($("q").value.trim()) { load($("q").value.trim(), true); }
  });
  ["from", "to"].forEach(function (id) { $(id).addEventListener("input", readFilters); });
  $("counterpart").addEventListener("change", readFilters);
  $("facts").addEventListener("change", readFilters);
  document.querySelectorAll(".lanes-by button").forEach(function (b) {
    b.addEventListener("click", function () {
      state.lanes = b.getAttribute("data-lanes");
      document.querySelectorAll(".lanes-by button").forEach(function (o) { o.classList.toggle("on", o === b); });
      render();
    });
  });
  window.addEventListener("resize", function () { if (state.entity) { render(); } });
  window.addEventListener("popstate", function (e) {
    if (e.state && e.state.entity) { load(e.state.entity, false); }
  });

  var start = new URLSearchParams(location.search).get("entity");
  if (start) { load(start, false); } else { $("q").focus(); }
})();
