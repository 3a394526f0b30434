// The interactive actor map: reads the graph from #graph-data, draws it
// with Cytoscape.js and wires up the search, the filters and the side
// panel. Article data only ever reaches the page through textContent.
(function () {
  "use strict";

  var selftest = window.location.hash === "#selftest";
  var errors = [];
  window.addEventListener("error", function (ev) {
    errors.push(String(ev.message || ev.error));
  });

  var TYPES = {
    Person: { fill: "#d6ebf7", border: "#0072b2", shape: "ellipse" },
    Country: { fill: "#fde6c4", border: "#d55e00", shape: "rectangle" },
    Organization: { fill: "#d5f0e5", border: "#009e73", shape: "hexagon" },
    Location: { fill: "#f6dcea", border: "#cc79a7", shape: "tag" },
    Other: { fill: "#eeeeee", border: "#666666", shape: "round-rectangle" }
  };
  var TYPE_ORDER = ["Person", "Country", "Organization", "Location", "Other"];
  // Okabe-Ito and Tol hues for relation classes, in the order the classes sort.
  var CLASS_COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
    "#56b4e9", "#882255", "#44aa99", "#999933", "#aa4499", "#332288", "#661100"];
  var NO_CLASS = "(no class)";

  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  // Dates are ISO 8601 prefixes: a year, a month or a day (a longer value
  // is cut to its day). dateSpan returns the first and last day it covers,
  // as strings that compare in time order, or null.
  function dateSpan(d) {
    if (typeof d !== "string") { return null; }
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(d);
    if (!m) { return null; }
    if (m[3]) { var day = m[1] + "-" + m[2] + "-" + m[3]; return [day, day]; }
    if (m[2]) { return [m[1] + "-" + m[2] + "-01", m[1] + "-" + m[2] + "-31"]; }
    return [m[1] + "-01-01", m[1] + "-12-31"];
  }

  // statements lists what the filters look at for an edge: each evidence
  // sentence with its own class and date, else the edge's.
  function statements(e) {
    var ev = e.evidence || [];
    if (ev.length === 0) { return [{ cls: e.class || "", span: dateSpan(e.date) }]; }
    return ev.map(function (s) {
      return { cls: s.class || e.class || "", span: dateSpan(s.date || e.date) };
    });
  }

  var classes = {}, anyClass = false, minDate = null, maxDate = null;
  data.edges.forEach(function (e) {
    e.statements = statements(e);
    e.statements.forEach(function (s) {
      classes[s.cls || NO_CLASS] = true;
      if (s.cls) { anyClass = true; }
      if (s.span) {
        if (minDate === null || s.span[0] < minDate) { minDate = s.span[0]; }
        if (maxDate === null || s.span[1] > maxDate) { maxDate = s.span[1]; }
      }
    });
  });
  var classList = anyClass ? Object.keys(classes).sort() : [];
  // Classes described by the writer (data.classes) are gathered by group,
  // CAMEO's quad classes first, and take their group's colour; others take
  // a colour each.
  var info = data.classes || {};
  var GROUP_ORDER = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"];
  var GROUP_COLOURS = { "verbal-cooperation": "#56b4e9", "material-cooperation": "#0072b2",
    "verbal-conflict": "#e69f00", "material-conflict": "#d55e00" };
  var groupOf = function (c) { return (info[c] && info[c].group) || ""; };
  var groups = [];
  classList.forEach(function (c) {
    if (groups.indexOf(groupOf(c)) < 0) { groups.push(groupOf(c)); }
  });
  var rank = function (g) { var i = GROUP_ORDER.indexOf(g); return i < 0 ? GROUP_ORDER.length + (g === "" ? 1 : 0) : i; };
  groups.sort(function (a, b) { return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0); });
  var grouped = groups.length > 1 || (groups.length === 1 && groups[0] !== "");
  var classColour = {}, spare = 0;
  var groupColour = {};
  groups.forEach(function (g) {
    if (g !== "") { groupColour[g] = GROUP_COLOURS[g] || CLASS_COLOURS[(4 + spare++) % CLASS_COLOURS.length]; }
  });
  classList.forEach(function (c, i) {
    if (c === NO_CLASS) { classColour[c] = "#9a9a9a"; return; }
    classColour[c] = grouped && groupOf(c) !== "" ? groupColour[groupOf(c)] : CLASS_COLOURS[i % CLASS_COLOURS.length];
  });
  var classLabel = function (c) { return info[c] && info[c].name ? c + " " + info[c].name : c; };

  var maxDegree = 1, maxCount = 1;
  data.nodes.forEach(function (n) { maxDegree = Math.max(maxDegree, n.degree); });
  data.edges.forEach(function (e) { maxCount = Math.max(maxCount, e.count); });

  var elements = [];
  data.nodes.forEach(function (n) {
    var t = TYPES[n.type] ? n.type : "Other";
    elements.push({ group: "nodes", data: {
      id: n.id, label: n.label, type: t,
      size: Math.round(22 + 48 * Math.sqrt(n.degree / maxDegree)),
      fill: TYPES[t].fill, border: TYPES[t].border, shape: TYPES[t].shape
    } });
  });
  data.edges.forEach(function (e) {
    var main = e.statements[0].cls || NO_CLASS;
    elements.push({ group: "edges", data: {
      id: e.id, source: e.source, target: e.target, label: e.predicate,
      width: 1 + 2.5 * Math.log(1 + e.count) / Math.log(1 + maxCount),
      colour: anyClass ? classColour[main] : "#8a8a8a"
    } });
  });

  // Cytoscape's cose layout starts from random positions: a seeded
  // generator makes the same graph give the same map every time.
  function seeded(seed) {
    return function () {
      seed = (seed * 1664525 + 1013904223) % 4294967296;
      return seed / 4294967296;
    };
  }

  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: elements,
    minZoom: 0.05,
    maxZoom: 6,
    style: [
      { selector: "node", style: {
        "label": "data(label)", "width": "data(size)", "height": "data(size)",
        "shape": "data(shape)", "background-color": "data(fill)",
        "border-color": "data(border)", "border-width": 2,
        "font-size": 13, "text-valign": "bottom", "text-margin-y": 3,
        "text-wrap": "ellipsis", "text-max-width": 160, "min-zoomed-font-size": 5,
        "text-background-color": "#ffffff", "text-background-opacity": 0.7,
        "text-background-padding": 1
      } },
      { selector: "edge", style: {
        "width": "data(width)", "line-color": "data(colour)",
        "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
        "arrow-scale": 0.8, "curve-style": "bezier", "opacity": 0.8,
        "label": "data(label)", "font-size": 9, "color": "#444",
        "min-zoomed-font-size": 9, "text-rotation": "autorotate",
        "text-background-color": "#ffffff", "text-background-opacity": 0.8
      } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.12 } },
      { selector: "node.match", style: { "border-width": 5, "border-color": "#111" } },
      { selector: ":selected", style: { "overlay-color": "#ffd400", "overlay-opacity": 0.35 } }
    ],
    layout: { name: "preset" }
  });

  var layoutMs = 0;
  function layout() {
    var started = performance.now();
    var random = Math.random;
    Math.random = seeded(20240601);
    try {
      cy.layout({
        name: "cose", animate: false, randomize: true, fit: true, padding: 30,
        nodeDimensionsIncludeLabels: true, componentSpacing: 60,
        nodeRepulsion: function () { return 9000; },
        idealEdgeLength: function () { return 90; }, numIter: 1000
      }).run();
    } finally {
      Math.random = random;
      layoutMs = Math.round(performance.now() - started);
    }
  }
  layout();

  // ---- Filters ----

  var el = function (id) { return document.getElementById(id); };

  function checkbox(parent, value, label, colour, border) {
    var l = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = value;
    box.addEventListener("change", apply);
    l.appendChild(box);
    var sw = document.createElement("span");
    sw.className = "swatch";
    sw.style.background = colour;
    sw.style.borderColor = border || colour;
    l.appendChild(sw);
    l.appendChild(document.createTextNode(label));
    l.title = label;
    parent.appendChild(l);
    return box;
  }

  var typeCount = {};
  cy.nodes().forEach(function (n) { typeCount[n.data("type")] = (typeCount[n.data("type")] || 0) + 1; });
  var typeBoxes = [];
  TYPE_ORDER.forEach(function (t) {
    if (typeCount[t]) {
      typeBoxes.push(checkbox(el("type-filter"), t, t + " (" + typeCount[t] + ")", TYPES[t].fill, TYPES[t].border));
    }
  });

  var classBoxes = [];
  if (anyClass) {
    el("class-filter").hidden = false;
    groups.forEach(function (g) {
      var parent = el("class-filter");
      var members = classList.filter(function (c) { return groupOf(c) === g; });
      if (grouped) {
        parent = document.createElement("div");
        parent.className = "group";
        var head = checkbox(el("class-filter"), "", g || "other", groupColour[g] || "#9a9a9a");
        head.parentNode.className = "group-head";
        el("class-filter").appendChild(parent);
        head.addEventListener("change", function () {
          Array.prototype.forEach.call(parent.querySelectorAll("input"), function (b) { b.checked = head.checked; });
          apply();
        });
      }
      members.forEach(function (c) {
        classBoxes.push(checkbox(parent, c, classLabel(c), classColour[c]));
      });
    });
  }
  if (minDate !== null) {
    el("date-filter").hidden = false;
    [el("date-from"), el("date-to")].forEach(function (input) {
      input.min = minDate;
      input.max = maxDate;
      input.addEventListener("change", apply);
    });
    el("date-from").value = minDate;
    el("date-to").value = maxDate;
  }

  function checked(boxes) {
    var set = {};
    boxes.forEach(function (b) { if (b.checked) { set[b.value] = true; } });
    return set;
  }

  // apply shows what the filters let through: the actors of the checked
  // types, and the relations between them that have a statement of a
  // checked class within the date range. While the class or date filter
  // narrows the map, actors left without a relation are hidden too.
  function apply() {
    var types = checked(typeBoxes);
    var cls = checked(classBoxes);
    var from = el("date-from").value || minDate, to = el("date-to").value || maxDate;
    var narrowClass = classBoxes.some(function (b) { return !b.checked; });
    var narrowDate = minDate !== null && (from > minDate || to < maxDate);
    var byEdge = {};
    data.edges.forEach(function (e) { byEdge[e.id] = e; });
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass("hidden", !types[n.data("type")]); });
      cy.edges().forEach(function (edge) {
        var e = byEdge[edge.id()];
        var pass = e.statements.some(function (s) {
          if (anyClass && !cls[s.cls || NO_CLASS]) { return false; }
          if (narrowDate) { return s.span !== null && s.span[0] <= to && s.span[1] >= from; }
          return true;
        });
        var ends = !edge.source().hasClass("hidden") && !edge.target().hasClass("hidden");
        edge.toggleClass("hidden", !(pass && ends));
      });
      if (narrowClass || narrowDate) {
        cy.nodes().forEach(function (n) {
          if (!n.hasClass("hidden") && n.connectedEdges().filter(function (x) { return !x.hasClass("hidden"); }).length === 0) {
            n.addClass("hidden");
          }
        });
      }
    });
    search();
    counts();
  }

  function visible(coll) {
    return coll.filter(function (x) { return !x.hasClass("hidden"); });
  }

  function counts() {
    el("counts").textContent = visible(cy.nodes()).length + " of " + cy.nodes().length +
      " actors, " + visible(cy.edges()).length + " of " + cy.edges().length + " relations";
  }

  // ---- Search ----

  // fold lowers case and drops accents, so that "sao paulo" finds
  // "São Paulo".
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function matches(n, q) {
    var node = byId[n.id()];
    if (fold(node.label).indexOf(q) >= 0) { return true; }
    return (node.aliases || []).some(function (a) { return fold(a).indexOf(q) >= 0; });
  }

  // search highlights the visible actors whose name or alias holds the
  // query, with their relations and neighbours, and fades the rest; it
  // returns the actors found.
  function search() {
    var q = fold(el("search").value.trim());
    var found = cy.collection();
    cy.batch(function () {
      cy.elements().removeClass("faded match");
      if (q === "") { return; }
      found = visible(cy.nodes()).filter(function (n) { return matches(n, q); });
      var keep = found.union(visible(found.connectedEdges())).union(visible(found.neighborhood().nodes()));
      cy.elements().difference(keep).addClass("faded");
      found.addClass("match");
    });
    el("search-count").textContent = q === "" ? "" : found.length + (found.length === 1 ? " actor" : " actors");
    return found;
  }

  el("search").addEventListener("input", search);
  el("search").addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    var found = search();
    if (found.length > 0) {
      cy.animate({ fit: { eles: found.closedNeighborhood(), padding: 60 } }, { duration: 300 });
      showNode(found[0]);
    }
  });
  el("reset").addEventListener("click", function () {
    el("search").value = "";
    typeBoxes.concat(classBoxes).forEach(function (b) { b.checked = true; });
    if (minDate !== null) { el("date-from").value = minDate; el("date-to").value = maxDate; }
    apply();
    cy.elements().unselect();
    cy.fit(undefined, 30);
  });

  // ---- Side panel ----

  function add(parent, tag, text, className) {
    var x = document.createElement(tag);
    if (text !== undefined) { x.textContent = text; }
    if (className) { x.className = className; }
    parent.appendChild(x);
    return x;
  }

  function facts(panel, rows) {
    var dl = add(panel, "dl");
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === "") { return; }
      add(dl, "dt", r[0]);
      add(dl, "dd", String(r[1]));
    });
  }

  function showEdge(edge) {
    var e = null;
    data.edges.forEach(function (x) { if (x.id === edge.id()) { e = x; } });
    var panel = el("panel");
    panel.textContent = "";
    panel.dataset.edge = e.id;
    delete panel.dataset.node;
    var h = add(panel, "h2");
    h.textContent = byId[e.source].label + " \u2192 " + e.predicate + " \u2192 " + byId[e.target].label;
    facts(panel, [["Predicate", e.predicate], ["Statements", e.count],
      ["Class", e.class ? classLabel(e.class) : ""], ["Date", e.date]]);
    var ev = e.evidence || [];
    add(panel, "h3", ev.length === 1 ? "Evidence" : "Evidence (" + ev.length + " sentences)");
    if (ev.length === 0) {
      add(panel, "p", "No sentence was kept for this relation.", "hint");
      return;
    }
    var ol = add(panel, "ol", undefined, "evidence");
    ev.forEach(function (s) {
      var li = add(ol, "li");
      add(li, "blockquote", s.text);
      var meta = [];
      if (s.class) { meta.push("class " + classLabel(s.class)); }
      if (s.date) { meta.push(s.date); }
      if (meta.length) { add(li, "div", meta.join(" \u00b7 "), "article"); }
      if (s.source) { add(li, "div", "Source: " + s.source, "article"); }
      if (s.article) { add(li, "div", "Article: " + s.article, "article"); }
    });
  }

  function showNode(node) {
    var n = byId[node.id()];
    var panel = el("panel");
    panel.textContent = "";
    panel.dataset.node = n.id;
    delete panel.dataset.edge;
    add(panel, "h2", n.label);
    facts(panel, [["Type", n.type], ["Also called", (n.aliases || []).join("; ")],
      ["Linked actors", n.degree], ["Statements", n.support], ["IRI", n.iri]]);
    add(panel, "h3", "Relations");
    var ul = add(panel, "ul");
    visible(node.connectedEdges()).forEach(function (edge) {
      var li = add(ul, "li");
      var b = add(li, "button", edge.source().data("label") + " \u2192 " + edge.data("label") +
        " \u2192 " + edge.target().data("label"), "link");
      b.type = "button";
      b.addEventListener("click", function () { cy.elements().unselect(); edge.select(); showEdge(edge); });
    });
  }

  cy.on("tap", "edge", function (ev) { showEdge(ev.target); });
  cy.on("tap", "node", function (ev) { showNode(ev.target); });

  apply();

  if (selftest) { runSelfTest(); }

  // ---- Self-test (#selftest) ----

  // runSelfTest drives the page as a reader would (unticking filters,
  // clicking an edge on the canvas, typing into the search box) and writes
  // what it saw into #selftest as JSON.
  function runSelfTest() {
    var r = { nodes: cy.nodes().length, edges: cy.edges().length,
      dataNodes: data.nodes.length, dataEdges: data.edges.length,
      visibleNodes: visible(cy.nodes()).length,
      classFilterShown: !el("class-filter").hidden, dateFilterShown: !el("date-filter").hidden,
      scripts: document.scripts.length, injected: window.__injected === true,
      layoutMs: layoutMs, started: performance.now(),
      classGroups: Array.prototype.map.call(document.querySelectorAll("#class-filter .group-head"), function (l) { return l.textContent; }),
      classLabels: classBoxes.map(function (b) { return b.parentNode.textContent; }) };
    try {
      // Untick each actor type in turn and count the actors left.
      r.typeFilter = typeBoxes.map(function (b) {
        b.checked = false;
        b.dispatchEvent(new Event("change"));
        var left = visible(cy.nodes()).length;
        b.checked = true;
        b.dispatchEvent(new Event("change"));
        return { type: b.value, visibleWithout: left };
      });
      r.classFilter = classBoxes.map(function (b) {
        b.checked = false;
        b.dispatchEvent(new Event("change"));
        var left = visible(cy.edges()).map(function (x) { return x.id(); });
        b.checked = true;
        b.dispatchEvent(new Event("change"));
        return { cls: b.value, edgesWithout: left };
      });
      if (minDate !== null) {
        r.dateRange = [minDate, maxDate];
        el("date-from").value = maxDate;
        el("date-from").dispatchEvent(new Event("change"));
        r.edgesFromLastDay = visible(cy.edges()).map(function (x) { return x.id(); });
        el("date-from").value = minDate;
        el("date-from").dispatchEvent(new Event("change"));
      }
      // Click the edge with the most evidence, then search for the name of
      // its first actor: the page is left so, for a screenshot.
      r.click = clickEdge();
      var query = r.click ? r.click.from : "";
      el("search").value = query;
      el("search").dispatchEvent(new Event("input"));
      r.search = { query: query, count: el("search-count").textContent,
        matched: cy.nodes(".match").map(function (n) { return n.data("label"); }),
        faded: cy.elements(".faded").length };
    } catch (err) {
      errors.push(String(err && err.stack || err));
    }
    r.errors = errors;
    r.selfTestMs = Math.round(performance.now() - r.started);
    delete r.started;
    var out = el("selftest");
    out.textContent = JSON.stringify(r);
    document.title = "selftest done";
  }

  // clickEdge clicks, with mouse events on the canvas, the middle of the
  // edge with the most evidence among those whose middle no actor, label
  // or other edge comes near, and reports what the side panel shows.
  function clickEdge() {
    var boxes = cy.nodes().map(function (n) { return n.renderedBoundingBox({ includeLabels: true }); });
    // Other edges are taken as straight from end to end and through their
    // middle, which is near enough for curved ones.
    var near = function (p, a, b) {
      var dx = b.x - a.x, dy = b.y - a.y, len = dx * dx + dy * dy;
      var t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
      var x = a.x + t * dx - p.x, y = a.y + t * dy - p.y;
      return x * x + y * y < 100;
    };
    var lines = cy.edges().map(function (o) {
      return { id: o.id(), s: o.renderedSourceEndpoint(), m: o.renderedMidpoint(), t: o.renderedTargetEndpoint() };
    });
    var free = function (edge) {
      var p = edge.renderedMidpoint();
      if (boxes.some(function (b) { return p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4; })) {
        return false;
      }
      return !lines.some(function (o) {
        return o.id !== edge.id() && (near(p, o.s, o.m) || near(p, o.m, o.t));
      });
    };
    var target = null;
    var byEdge = {};
    data.edges.forEach(function (x) { byEdge[x.id] = x; });
    cy.edges().forEach(function (edge) {
      var e = byEdge[edge.id()];
      if (!free(edge)) { return; }
      if (target === null || (e.evidence || []).length > (target.e.evidence || []).length) {
        target = { edge: edge, e: e };
      }
    });
    if (target === null) { return null; }
    var p = target.edge.renderedMidpoint();
    var box = el("cy").getBoundingClientRect();
    var at = { clientX: box.left + p.x, clientY: box.top + p.y, bubbles: true, cancelable: true, button: 0, view: window };
    var canvas = el("cy").querySelector("canvas:last-of-type") || el("cy");
    canvas.dispatchEvent(new MouseEvent("mousedown", at));
    canvas.dispatchEvent(new MouseEvent("mouseup", at));
    var panel = el("panel");
    var quotes = panel.querySelectorAll("ol.evidence blockquote");
    return { wanted: target.edge.id(), from: byId[target.e.source].label, shown: panel.dataset.edge || null,
      heading: (panel.querySelector("h2") || {}).textContent || "",
      predicate: target.e.predicate,
      evidence: Array.prototype.map.call(quotes, function (q) { return q.textContent; }),
      sources: Array.prototype.map.call(panel.querySelectorAll("ol.evidence .article"), function (q) { return q.textContent; }) };
  }
})();
