"use strict";
// Draws the events of #timeline-data on an SVG time axis and as cards, with filters.
// Every piece of text goes through textContent / createTextNode: nothing is parsed as HTML.
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const WIDTH = 1000, LEFT = 10, RIGHT = 990, TOP = 28, LANE = 18, POINT = 4;
  const CHAR = 6.2, MAX_CAPTIONS = 60;  // width of a caption character; captions up to 60 events
  const PALETTE = ["#2f5fd0", "#d0452f", "#2f9e5b", "#b8860b", "#8e44ad", "#16a2b8", "#c2185b",
    "#5d6d7e", "#e67e22", "#1abc9c", "#7f8c2d", "#a04000", "#34495e", "#d35400", "#117864", "#6c3483", "#888888"];
  const data = JSON.parse(document.getElementById("timeline-data").textContent);
  const events = data.events;
  const kinds = [...new Set(events.map((e) => e.kind))].sort();
  const colour = (kind) => PALETTE[Math.max(0, data.kinds.indexOf(kind)) % PALETTE.length];
  const [lo, hi] = data.range;
  const x = (day) => LEFT + ((day - lo) / Math.max(1, hi - lo)) * (RIGHT - LEFT);
  const $ = (id) => document.getElementById(id);

  function el(name, attributes, text) {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svg(name, attributes, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (parent) parent.appendChild(node);
    return node;
  }

  function option(select, value, label) {
    select.appendChild(el("option", { value: value }, label));
  }

  function fillFilters() {
    const actors = new Map();
    for (const e of events) for (const a of e.actors) actors.set(a.code, a.name);
    [...actors].sort((a, b) => a[1].localeCompare(b[1])).forEach(([code, name]) =>
      option($("filter-actor"), code, name === code ? code : name + " (" + code + ")"));
    kinds.forEach((kind) => option($("filter-kind"), kind, kind));
  }

  function haystack(e) {
    const parts = [e.title, e.summary, e.label, e.kind, e.status];
    e.actors.forEach((a) => parts.push(a.name, a.code));
    e.places.forEach((p) => parts.push(p));
    e.sources.forEach((s) => parts.push(s.quote, s.document, s.url || ""));
    return parts.join("\n").toLocaleLowerCase();
  }
  events.forEach((e) => { e.search = haystack(e); });

  function visible() {
    const text = $("filter-text").value.trim().toLocaleLowerCase();
    const actor = $("filter-actor").value, kind = $("filter-kind").value;
    return events.filter((e) => (!text || e.search.includes(text)) &&
      (!actor || e.actors.some((a) => a.code === actor)) && (!kind || e.kind === kind));
  }

  // A title beside each mark when few events are shown: right of the mark, else left, else none.
  function caption(e, a, b, labelled) {
    if (!labelled) return null;
    const text = e.title.length > 48 ? e.title.slice(0, 47) + "\u2026" : e.title;
    const width = text.length * CHAR;
    if (b + 8 + width <= RIGHT) return { text: text, x: b + 8, anchor: "start", lo: a, hi: b + 8 + width };
    if (a - 8 - width >= LEFT) return { text: text, x: a - 8, anchor: "end", lo: a - 8 - width, hi: b };
    return null;
  }

  function lanes(shown) {
    const ends = [], placed = [], labelled = shown.length <= MAX_CAPTIONS;
    for (const e of shown) {
      const a = e.open === "start" ? LEFT : x(e.lo), b = e.open === "end" ? RIGHT : x(e.hi);
      const label = caption(e, a, b, labelled);
      const lo = label ? label.lo : a, hi = Math.max(label ? label.hi : b, a + 2 * POINT);
      let lane = ends.findIndex((end) => end + 6 < lo);
      if (lane < 0) { lane = ends.length; ends.push(0); }
      ends[lane] = hi;
      placed.push([e, lane, a, b, label]);
    }
    return [placed, ends.length];
  }

  function drawTicks(root, height) {
    for (const tick of data.ticks) {
      const g = svg("g", { class: "tick" }, root);
      svg("line", { x1: x(tick.day), x2: x(tick.day), y1: 16, y2: height }, g);
      if (x(tick.day) + 6 * tick.label.length < WIDTH) {  // no label cut by the edge
        svg("text", { x: x(tick.day) + 3, y: 12 }, g).textContent = tick.label;
      }
    }
  }

  function drawMark(root, e, lane, a, b, label) {
    const y = TOP + lane * LANE + LANE / 2, fill = colour(e.kind);
    const g = svg("g", { class: "mark", "data-id": e.id, tabindex: 0, role: "button" }, root);
    svg("title", {}, g).textContent = e.label + " \u2014 " + e.title;
    const hollow = e.approximate ? { fill: "#fff", stroke: fill, "stroke-width": 2 } : { fill: fill };
    if (e.open) {
      const known = e.open === "start" ? x(e.hi) : x(e.lo);
      svg("line", { class: "open", x1: a, x2: b, y1: y, y2: y, stroke: fill, "stroke-width": 3 }, g);
      svg("circle", Object.assign({ cx: known, cy: y, r: POINT }, hollow), g);
      const tip = e.open === "start" ? a : b, dir = e.open === "start" ? 1 : -1;
      svg("path", { d: `M${tip} ${y}l${6 * dir} -4v8z`, fill: fill }, g);
    } else if (e.point || b - a < 2 * POINT) {
      svg("circle", Object.assign({ cx: (a + b) / 2, cy: y, r: POINT }, hollow), g);
    } else {
      svg("rect", Object.assign({ x: a, y: y - 5, width: b - a, height: 10, rx: 3 }, hollow), g);
    }
    if (label) {
      const attributes = { x: label.x, y: y + 4, "text-anchor": label.anchor, class: "caption" };
      svg("text", attributes, g).textContent = label.text;
    }
    g.addEventListener("click", () => select(e.id, true));
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") select(e.id, true); });
  }

  function drawAxis(shown) {
    const root = $("axis");
    root.replaceChildren();
    const [placed, count] = lanes(shown);
    const height = TOP + Math.max(1, count) * LANE + 8;
    root.setAttribute("viewBox", `0 0 ${WIDTH} ${height}`);
    drawTicks(root, height);
    placed.forEach(([e, lane, a, b, label]) => drawMark(root, e, lane, a, b, label));
  }

  function sourceItem(s) {
    const item = el("li");
    if (s.quote) item.appendChild(el("blockquote", {}, s.quote));
    const name = s.url ? el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank" }, s.document)
      : el("span", {}, s.document);
    item.appendChild(name);
    if (s.published) item.appendChild(document.createTextNode(" \u00b7 published " + s.published));
    return item;
  }

  function card(e) {
    const item = el("li", { class: "event", id: "event-" + e.id, "data-id": e.id });
    item.style.setProperty("--kind", colour(e.kind));
    const when = el("p", { class: "when" });
    when.appendChild(el("time", { datetime: e.edtf }, e.label));
    when.appendChild(el("span", { class: "badge precision" }, e.precision + (e.approximate ? ", approximate" : "") +
      (e.open ? ", open " + e.open : "")));
    item.appendChild(when);
    item.appendChild(el("h2", {}, e.title || "(untitled)"));
    const meta = [e.kind, e.status, ...e.actors.map((a) => a.name + " (" + a.code + ")"), ...e.places];
    item.appendChild(el("p", { class: "meta" }, meta.join(" \u00b7 ")));
    if (e.summary) item.appendChild(el("p", { class: "summary" }, e.summary));
    const sources = el("ul", { class: "sources" });
    e.sources.forEach((s) => sources.appendChild(sourceItem(s)));
    item.appendChild(sources);
    return item;
  }

  function select(id, scroll) {
    document.querySelectorAll(".selected").forEach((node) => node.classList.remove("selected"));
    document.querySelectorAll(`[data-id="${CSS.escape(id)}"]`).forEach((node) => node.classList.add("selected"));
    const target = $("event-" + id);
    if (scroll && target) target.scrollIntoView({ block: "center" });
  }

  function legend() {
    const box = $("legend");
    const items = [["point", "a day or a time"], ["bar", "a span (week, month, year...)"],
      ["open", "open interval (before / after)"], ["hollow", "approximate"]];
    for (const [shape, text] of items) {
      const span = el("span");
      const icon = svg("svg", { width: 26, height: 12, viewBox: "0 0 26 12" }, span);
      if (shape === "bar") svg("rect", { x: 2, y: 1, width: 22, height: 10, rx: 3, fill: "#5d6d7e" }, icon);
      else if (shape === "open") svg("line", { class: "open", x1: 2, x2: 24, y1: 6, y2: 6, stroke: "#5d6d7e", "stroke-width": 3, "stroke-dasharray": "5 4" }, icon);
      else svg("circle", Object.assign({ cx: 13, cy: 6, r: 4 }, shape === "hollow" ? { fill: "#fff", stroke: "#5d6d7e", "stroke-width": 2 } : { fill: "#5d6d7e" }), icon);
      span.appendChild(document.createTextNode(text));
      box.appendChild(span);
    }
  }

  const cards = events.map(card);
  cards.forEach((node) => $("events").appendChild(node));
  function render() {
    const shown = new Set(visible());
    events.forEach((e, i) => { cards[i].hidden = !shown.has(e); });
    drawAxis(events.filter((e) => shown.has(e)));
    $("count").textContent = `${shown.size} of ${events.length} event${events.length === 1 ? "" : "s"}`;
    $("count").dataset.visible = String(shown.size);
    $("empty").hidden = shown.size > 0;
  }

  fillFilters();
  legend();
  for (const id of ["filter-text", "filter-actor", "filter-kind"]) {
    $(id).addEventListener("input", render);
    $(id).addEventListener("change", render);
  }
  $("filters").addEventListener("submit", (ev) => ev.preventDefault());
  render();
})();
