// sitroom: shared page behaviour (highlight clicks, tooltips, legend toggles). No dependencies.
(function () {
  "use strict";
  var tip = null;
  function showTip(el, x, y) {
    if (!tip) { tip = document.createElement("div"); tip.id = "tip"; document.body.appendChild(tip); }
    var lines = [], m = el;
    while (m && m.classList && m.classList.contains("m")) {
      lines.push(m.getAttribute("data-kind") + ": " + (m.getAttribute("data-label") || ""));
      m = m.parentElement;
    }
    tip.textContent = lines.join("\n");
    tip.style.left = (x + 12) + "px"; tip.style.top = (y + 14) + "px"; tip.style.display = "block";
  }
  document.addEventListener("DOMContentLoaded", function () {
    // on a phone the navigation scrolls sideways: bring the current page's link into view
    var nav = document.querySelector("header.top nav"), here = nav && nav.querySelector("a.active");
    if (here && nav.scrollWidth > nav.clientWidth) {
      nav.scrollLeft = here.offsetLeft - (nav.clientWidth - here.offsetWidth) / 2;
    }
    var text = document.getElementById("text");
    if (text) {
      // keep the native title for accessibility but show every nested fact in one tooltip
      text.querySelectorAll("mark.m").forEach(function (m) {
        m.setAttribute("data-label", m.getAttribute("title") || "");
        m.removeAttribute("title");
      });
      text.addEventListener("mousemove", function (e) {
        var m = e.target.closest && e.target.closest("mark.m");
        if (m) { showTip(m, e.pageX, e.pageY); } else if (tip) { tip.style.display = "none"; }
      });
      text.addEventListener("mouseleave", function () { if (tip) tip.style.display = "none"; });
      text.addEventListener("click", function (e) {
        var m = e.target.closest && e.target.closest("mark.m[data-href]");
        if (m) { window.location.href = m.getAttribute("data-href"); }
      });
    }
    document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
      box.addEventListener("change", function () {
        if (text) text.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
      });
    });
  });
})();
