// The lineage picture, a little livelier: pointing at a decision lights its arrows and neighbours.
// The picture works without this file: every node is a plain link drawn by the server.
(function () {
  "use strict";
  var svg = document.getElementById("lineage-graph");
  if (!svg) { return; }
  var nodes = svg.querySelectorAll("a.node");
  var edges = svg.querySelectorAll("path.edge");
  function light(id) {
    svg.classList.add("lighting");
    edges.forEach(function (edge) {
      var from = edge.getAttribute("data-from"), to = edge.getAttribute("data-to");
      if (from === id || to === id) {
        edge.classList.add("lit");
        nodes.forEach(function (n) {
          var other = n.getAttribute("data-node");
          if (other === from || other === to) { n.classList.add("lit"); }
        });
      }
    });
  }
  function dim() {
    svg.classList.remove("lighting");
    svg.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
  }
  nodes.forEach(function (node) {
    var id = node.getAttribute("data-node");
    node.addEventListener("mouseenter", function () { light(id); });
    node.addEventListener("focus", function () { light(id); });
    node.addEventListener("mouseleave", dim);
    node.addEventListener("blur", dim);
  });
}());
