// sitroom timeline: events on a time axis, one lane per PLOVER category; wheel/buttons zoom, drag pans.
(function () {
  "use strict";
  var box = document.getElementById("timeline");
  var src = document.getElementById("timeline-data");
  if (!box || !src) return;
  var NS = "http://www.w3.org/2000/svg", DAY = 864e5;
  var events = JSON.parse(src.textContent).filter(function (e) { return e.date_start || e.date_end; });
  function low(v) { return Date.parse(v.length === 4 ? v + "-01-01" : v.length === 7 ? v + "-01" : v); }
  function high(v) {
    if (v.length === 4) return Date.parse((+v + 1) + "-01-01") - 1;
    if (v.length === 7) { var y = +v.slice(0, 4), m = +v.slice(5, 7); return Date.UTC(y, m, 1) - 1; }
    return Date.parse(v) + DAY - 1;
  }
  events.forEach(function (e) { e.t0 = low(e.date_start || e.date_end); e.t1 = high(e.date_end || e.date_start); });
  events = events.filter(function (e) { return isFinite(e.t0) && isFinite(e.t1); });
  if (!events.length) { box.innerHTML = "<p class=\"empty\" style=\"padding:1rem\">No dated events to draw.</p>"; return; }
  var cats = [];
  events.forEach(function (e) { if (cats.indexOf(e.type) < 0) cats.push(e.type); });
  var order = (box.getAttribute("data-order") || "").split(",");  // PLOVER codebook order
  cats.sort(function (a, b) { return (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99); });
  var minT = Math.min.apply(null, events.map(function (e) { return e.t0; }));
  var maxT = Math.max.apply(null, events.map(function (e) { return e.t1; }));
  var pad = Math.max((maxT - minT) * 0.05, 15 * DAY);
  var full = [minT - pad, maxT + pad], view = full.slice();
  var LEFT = 110, TOP = 10, LANE = Math.max(18, Math.min(34, 200 / cats.length));
  var svg = document.createElementNS(NS, "svg");
  box.appendChild(svg);
  function el(name, attrs, parent) {
    var n = document.createElementNS(NS, name);
    for (var k in attrs) n.setAttribute(k, attrs[k]);
    (parent || svg).appendChild(n);
    return n;
  }
  function ticks(t0, t1, width) {
    var span = t1 - t0, out = [], d = new Date(t0), step;
    var per = span / Math.max(width / 90, 1);
    var nice = function (x, steps) {  // the first round step at least x
      for (var i = 0; i < steps.length; i++) if (steps[i] >= x) return steps[i];
      return steps[steps.length - 1] * Math.ceil(x / steps[steps.length - 1]);
    };
    if (per > 120 * DAY) {  // years (1, 2, 5, 10, ...), never months 9 apart
      step = nice(per / (365 * DAY), [1, 2, 5, 10, 20, 50, 100]);
      for (var y = Math.ceil(new Date(t0).getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) <= t1; y += step) out.push([Date.UTC(y, 0, 1), String(y)]);
    } else if (per > 20 * DAY) {
      step = nice(per / (30 * DAY), [1, 2, 3, 6]);
      for (var m = d.getUTCFullYear() * 12 + d.getUTCMonth(); Date.UTC(Math.floor(m / 12), m % 12, 1) <= t1; m += step) {
        var yy = Math.floor(m / 12), mm = m % 12 + 1;
        out.push([Date.UTC(yy, mm - 1, 1), yy + "-" + (mm < 10 ? "0" : "") + mm]);
      }
    } else {
      step = Math.max(1, Math.round(per / DAY));
      for (var t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()); t <= t1; t += step * DAY) out.push([t, new Date(t).toISOString().slice(0, 10)]);
    }
    return out.filter(function (x) { return x[0] >= t0; });
  }
  function draw() {
    var W = box.clientWidth, H = box.clientHeight, plotW = W - LEFT - 10;
    if (plotW < 20) return;  // not laid out (hidden, or the page is going away): nothing to draw
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var x = function (t) { return LEFT + (t - view[0]) / (view[1] - view[0]) * plotW; };
    var axisY = TOP + cats.length * LANE + 8;
    cats.forEach(function (c, i) {
      el("rect", { x: LEFT, y: TOP + i * LANE, width: plotW, height: LANE, fill: i % 2 ? "#f7f8fa" : "#fff" });
      var label = el("text", { x: LEFT - 8, y: TOP + i * LANE + LANE / 2 + 4, "text-anchor": "end", "font-size": 11, fill: "#4b5563" });
      label.textContent = c;
    });
    ticks(view[0], view[1], plotW).forEach(function (tk) {
      var tx = x(tk[0]);
      el("line", { x1: tx, x2: tx, y1: TOP, y2: axisY, stroke: "#e3e6eb" });
      var lab = el("text", { x: tx + 3, y: axisY + 14, "font-size": 11, fill: "#6b7385" });
      lab.textContent = tk[1];
    });
    el("line", { x1: LEFT, x2: LEFT + plotW, y1: axisY, y2: axisY, stroke: "#9aa3b2" });
    var g = el("g", {});
    events.forEach(function (e, i) {
      var lane = cats.indexOf(e.type), cy = TOP + lane * LANE + LANE / 2;
      var colour = (e.colour || window.SITROOM_COLOURS[e.type] || "#777");
      var a = document.createElementNS(NS, "a");
      a.setAttribute("href", e.href);
      a.setAttribute("class", "tl-event");
      g.appendChild(a);
      var x0 = x(e.t0), x1 = x(e.t1);
      var shape = (e.precision === "day" || x1 - x0 < 8)
        ? el("circle", { cx: (x0 + x1) / 2, cy: cy, r: 5.5, fill: colour, stroke: "#fff", "stroke-width": 1.5 }, a)
        : el("rect", { x: x0, y: cy - 5, width: Math.max(x1 - x0, 2), height: 10, rx: 3, fill: colour, "fill-opacity": 0.55, stroke: colour }, a);
      var title = document.createElementNS(NS, "title");
      var who = e.actors.map(function (p) { return p[1]; }).join(", ");
      title.textContent = (e.date_start || "") + (e.date_end && e.date_end !== e.date_start ? " – " + e.date_end : "") +
        " · " + e.type + " (" + e.status + ", " + (e.precision || "") + ")" + (e.counts ? " · " + e.counts : "") +
        "\n" + who + "\n" + e.sentence;
      shape.appendChild(title);
    });
    box.style.height = (axisY + 26) + "px";
  }
  window.SITROOM_COLOURS = {};
  try {
    document.querySelectorAll(".cat").forEach(function (c) {
      window.SITROOM_COLOURS[c.textContent.trim()] = getComputedStyle(c).getPropertyValue("--c").trim();
    });
  } catch (err) { /* colours fall back to grey */ }
  function zoom(f, at) {
    var c = at == null ? (view[0] + view[1]) / 2 : at, span = (view[1] - view[0]) * f;
    span = Math.max(span, 3 * DAY);
    view = [c - (c - view[0]) * (span / (view[1] - view[0])), c + (view[1] - c) * (span / (view[1] - view[0]))];
    draw();
  }
  document.querySelectorAll("[data-zoom]").forEach(function (b) {
    b.addEventListener("click", function () {
      var k = b.getAttribute("data-zoom");
      if (k === "reset") { view = full.slice(); draw(); } else { zoom(k === "in" ? 0.5 : 2); }
    });
  });
  box.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = box.getBoundingClientRect(), plotW = r.width - LEFT - 10;
    var t = view[0] + (ev.clientX - r.left - LEFT) / plotW * (view[1] - view[0]);
    zoom(ev.deltaY < 0 ? 0.8 : 1.25, t);
  }, { passive: false });
  var drag = null;
  box.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, view: view.slice() }; });
  window.addEventListener("mouseup", function () { drag = null; });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var plotW = Math.max(box.clientWidth - LEFT - 10, 20), dt = (ev.clientX - drag.x) / plotW * (drag.view[1] - drag.view[0]);
    view = [drag.view[0] - dt, drag.view[1] - dt];
    draw();
  });
  window.addEventListener("resize", draw);
  draw();
  box.setAttribute("data-ready", "1");
})();
