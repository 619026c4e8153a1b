// sitroom map: Natural Earth borders as the base layer (no tiles); event markers clustered with
// Leaflet.markercluster (vendored), the busiest places labelled; place mentions as a second layer.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) return;
  var status = document.getElementById("map-status");
  var map = window.sitroomMap = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5,
                        attributionControl: true }).setView([30, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth");
  var LABELS = 60;  // places labelled on the map (the busiest; the others name themselves on hover)
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function popup(m) {
    var cats = Object.keys(m.categories).map(function (c) { return esc(c) + " " + m.categories[c]; }).join(", ");
    var html = "<strong>" + esc(m.name) + "</strong> · " + m.count + " event" + (m.count > 1 ? "s" : "") +
      (m.counts ? "<div class=\"counts toll\">" + esc(m.counts) + "</div>" : "") +
      "<div class=\"muted\">" + cats + "</div>";
    m.examples.forEach(function (x) {
      html += "<blockquote class=\"source-sentence\">" + esc(x.sentence) + "</blockquote>" +
        "<div><span class=\"cat\" style=\"--c:" + esc((window.SITROOM_CATS[x.type] || {}).colour || "#777") + "\">" +
        esc(x.type) + "</span> " + esc(x.date || "") +
        (x.counts ? " · <span class=\"counts\">" + esc(x.counts) + "</span>" : "") + " · <a href=\"" + esc(x.href) + "\">" +
        esc(x.title || x.document) + "</a></div>";
    });
    return html;
  }
  function trimmed(pairs, share) {  // [low, high] of weighted values, at most `share` of the weight cut at each end
    pairs = pairs.slice().sort(function (a, b) { return a[0] - b[0]; });
    var total = pairs.reduce(function (s, v) { return s + v[1]; }, 0), cut = total * share;
    var lo = 0, hi = pairs.length - 1, run = 0;
    while (lo < hi && run + pairs[lo][1] <= cut) { run += pairs[lo][1]; lo++; }
    run = 0;
    while (hi > lo && run + pairs[hi][1] <= cut) { run += pairs[hi][1]; hi--; }
    return [pairs[lo][0], pairs[hi][0]];
  }
  // Fit to the data: every marker, except the few (at most 5% of the events at either edge)
  // lying far from the rest, so a capital quoted in passing does not zoom out to the world,
  // while events in two theatres (the US and Korea) are both in view.
  function extent(markers) {
    if (markers.length <= 3) return markers.map(function (m) { return [m.lat, m.lon]; });
    var lat = trimmed(markers.map(function (m) { return [m.lat, m.count]; }), 0.05);
    var lon = trimmed(markers.map(function (m) { return [m.lon, m.count]; }), 0.05);
    var kept = markers.filter(function (m) {
      return m.lat >= lat[0] && m.lat <= lat[1] && m.lon >= lon[0] && m.lon <= lon[1];
    });
    return (kept.length ? kept : markers).map(function (m) { return [m.lat, m.lon]; });
  }
  function clusterIcon(cluster) {
    var n = 0;
    cluster.getAllChildMarkers().forEach(function (mk) { n += mk.options.count || 1; });
    var size = n < 10 ? "small" : n < 100 ? "medium" : "large";
    return L.divIcon({ html: "<div><span>" + n + "</span></div>", className: "marker-cluster marker-cluster-" + size,
                       iconSize: L.point(40, 40) });
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
    var clustered = !!L.markerClusterGroup;
    function group(radius) {
      return clustered ? L.markerClusterGroup({ maxClusterRadius: radius, showCoverageOnHover: false,
                                                iconCreateFunction: clusterIcon })
                       : L.layerGroup();
    }
    var eventsLayer = window.sitroomEvents = group(40), placesLayer = group(30);
    var ranked = data.events.slice().sort(function (a, b) { return b.count - a.count; });
    var labelled = {};
    ranked.slice(0, LABELS).forEach(function (m) { labelled[m.place] = true; });
    data.events.forEach(function (m) {
      var mk = L.circleMarker([m.lat, m.lon], { radius: m.radius, color: "#fff", weight: 1.5,
                                                fillColor: m.colour, fillOpacity: 0.85, className: "event-marker" })
        .bindPopup(popup(m), { maxWidth: 320, maxHeight: 280 })
        .bindTooltip(esc(m.name) + " · " + m.count, { permanent: !!labelled[m.place], direction: "right",
                     offset: [m.radius, 0], className: "map-label", opacity: 0.9 });
      mk.options.place = m.place;
      mk.options.name = m.name;
      mk.options.count = m.count;
      eventsLayer.addLayer(mk);
    });
    data.places.forEach(function (p) {
      var mk = L.circleMarker([p.lat, p.lon], { radius: p.radius, color: "#4b5563", weight: 1, fillOpacity: 0.05,
                                                dashArray: "2 2", className: "place-marker" })
        .bindPopup("<strong>" + esc(p.name) + "</strong> · " + esc(p.feature) + "<br>" + p.mentions +
                   " mentions in " + p.documents + " documents");
      mk.options.place = p.id;
      mk.options.count = p.mentions;
      placesLayer.addLayer(mk);
    });
    // Fatalities: one red disc per place with people killed, its area by the number killed
    // (deadliest drawn first, so smaller discs stay on top and clickable); a base layer beside
    // "Events", so the two sizes never mix on one marker.
    var fatalLayer = window.sitroomFatalities = L.layerGroup();
    data.events.filter(function (m) { return m.killed > 0; })
      .sort(function (a, b) { return b.killed - a.killed; })
      .forEach(function (m) {
        var mk = L.circleMarker([m.lat, m.lon], { radius: m.killed_radius, color: "#7f1d1d", weight: 1,
                                                  fillColor: "#dc2626", fillOpacity: 0.55, className: "fatality-marker" })
          .bindPopup(popup(m), { maxWidth: 320, maxHeight: 280 })
          .bindTooltip(esc(m.name) + " · " + esc(m.tolls.killed.text), { direction: "right",
                       offset: [m.killed_radius, 0], className: "map-label", opacity: 0.9 });
        mk.options.place = m.place;
        fatalLayer.addLayer(mk);
      });
    eventsLayer.addTo(map);
    if (!data.events.length) placesLayer.addTo(map);  // nothing else to show
    var bases = { "Events (size: number)": eventsLayer };
    if (data.fatality_scale.length) bases["Fatalities (size: killed)"] = fatalLayer;
    L.control.layers(bases, { "Places mentioned": placesLayer }, { collapsed: false }).addTo(map);
    var key = document.getElementById("fatality-key");
    if (key && data.fatality_scale.length) {
      var top = data.fatality_scale[data.fatality_scale.length - 1].radius, svg = "";
      var x = 0;
      data.fatality_scale.forEach(function (s) {
        x += s.radius + 2;
        svg += "<circle cx=\"" + x + "\" cy=\"" + (top + 1) + "\" r=\"" + s.radius +
          "\" fill=\"#dc2626\" fill-opacity=\"0.55\" stroke=\"#7f1d1d\"/><text x=\"" + x + "\" y=\"" + (2 * top + 14) +
          "\" text-anchor=\"middle\">" + s.killed + "</text>";
        x += s.radius + 12;
      });
      key.innerHTML = "<span>Fatalities layer, people killed per place:</span> <svg width=\"" + x + "\" height=\"" +
        (2 * top + 18) + "\" role=\"img\" aria-label=\"disc sizes\">" + svg + "</svg>";
      key.hidden = false;
    }
    var focus = el.getAttribute("data-place");
    var hit = data.places.filter(function (p) { return p.id === focus; })[0];
    var fit = { padding: [40, 40], maxZoom: 6, animate: false };  // settled before data-ready
    if (hit) { map.setView([hit.lat, hit.lon], 5, { animate: false }); }
    else if (data.events.length) { map.fitBounds(extent(data.events), fit); }
    else if (data.places.length) { map.fitBounds(extent(data.places.map(function (p) {
      return { lat: p.lat, lon: p.lon, count: p.mentions }; })), fit); }
    status.textContent = data.events.length + " event locations, " + data.places.length + " places mentioned" +
      (clustered ? "; nearby markers are grouped (the number is their events): click or zoom to split them" : "");
    el.setAttribute("data-ready", "1");
  }).catch(function (e) { status.textContent = "could not load the map: " + e; });
})();
