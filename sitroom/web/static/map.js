// sitroom map: Natural Earth borders as the base layer (no tiles), event and place markers.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) return;
  var status = document.getElementById("map-status");
  var map = window.sitroomMap = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5,
                        attributionControl: true }).setView([30, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth");
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function popup(m) {
    var cats = Object.keys(m.categories).map(function (c) { return esc(c) + " " + m.categories[c]; }).join(", ");
    var html = "<strong>" + esc(m.name) + "</strong> · " + m.count + " event" + (m.count > 1 ? "s" : "") +
      "<div class=\"muted\">" + cats + "</div>";
    m.examples.forEach(function (x) {
      html += "<blockquote class=\"source-sentence\">" + esc(x.sentence) + "</blockquote>" +
        "<div><span class=\"cat\" style=\"--c:" + esc((window.SITROOM_CATS[x.type] || {}).colour || "#777") + "\">" +
        esc(x.type) + "</span> " + esc(x.date || "") + " · <a href=\"" + esc(x.href) + "\">" +
        esc(x.title || x.document) + "</a></div>";
    });
    return html;
  }
  function median(values) {  // weighted median of [value, weight] pairs
    values.sort(function (a, b) { return a[0] - b[0]; });
    var total = values.reduce(function (s, v) { return s + v[1]; }, 0), run = 0;
    for (var i = 0; i < values.length; i++) { run += values[i][1]; if (run >= total / 2) return values[i][0]; }
    return 0;
  }
  // Open on the main theatre: markers near the events' weighted median, so a few far-off
  // mentions (a capital quoted in passing) do not zoom the map out to the whole world.
  function theatre(markers) {
    var lat = median(markers.map(function (m) { return [m.lat, m.count]; }));
    var lon = median(markers.map(function (m) { return [m.lon, m.count]; }));
    var near = markers.filter(function (m) {
      var dx = (m.lon - lon) * Math.cos(lat * Math.PI / 180), dy = m.lat - lat;
      return Math.sqrt(dx * dx + dy * dy) <= 25;
    });
    return (near.length ? near : markers).map(function (m) { return [m.lat, m.lon]; });
  }
  var q = el.getAttribute("data-query");
  Promise.all([
    fetch("/map/borders.geojson").then(function (r) { return r.json(); }),
    fetch("/map.json" + (q ? "?" + q : "")).then(function (r) { return r.json(); })
  ]).then(function (res) {
    var borders = res[0], data = res[1];
    if (data.error) { status.textContent = data.error; return; }
    window.SITROOM_CATS = data.categories;
    L.geoJSON(borders, { style: { color: "#8a99ad", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
                         onEachFeature: function (f, layer) { layer.bindTooltip(f.properties.name, { sticky: true, opacity: 0.8 }); }
    }).addTo(map);
    var placesLayer = L.layerGroup(), eventsLayer = L.layerGroup();
    data.places.forEach(function (p) {
      L.circleMarker([p.lat, p.lon], { radius: p.radius, color: "#4b5563", weight: 1, fillOpacity: 0.05, dashArray: "2 2" })
        .bindPopup("<strong>" + esc(p.name) + "</strong> · " + esc(p.feature) + "<br>" + p.mentions +
                   " mentions in " + p.documents + " documents")
        .addTo(placesLayer);
    });
    data.events.forEach(function (m) {
      var mk = L.circleMarker([m.lat, m.lon], { radius: m.radius, color: "#fff", weight: 1.5,
                                                fillColor: m.colour, fillOpacity: 0.85, className: "event-marker" })
        .bindPopup(popup(m), { maxWidth: 380 });
      mk.options.place = m.place;
      mk.options.count = m.count;
      mk.addTo(eventsLayer);
    });
    placesLayer.addTo(map); eventsLayer.addTo(map);
    L.control.layers(null, { "Events": eventsLayer, "Places": placesLayer }, { collapsed: false }).addTo(map);
    var focus = el.getAttribute("data-place");
    var hit = data.places.filter(function (p) { return p.id === focus; })[0];
    if (hit) { map.setView([hit.lat, hit.lon], 5); }
    else if (data.events.length) { map.fitBounds(theatre(data.events), { padding: [60, 60], maxZoom: 5 }); }
    status.textContent = data.events.length + " event locations, " + data.places.length + " places";
    el.setAttribute("data-ready", "1");
  }).catch(function (e) { status.textContent = "could not load the map: " + e; });
})();
