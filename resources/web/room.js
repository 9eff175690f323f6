// The board on a participant's phone. Plain JavaScript, no libraries, no build step; every text is set with
// textContent (never as markup), and every request goes to the laptop that served this page.
"use strict";
(function () {
  const token = location.pathname.split("/")[2] || "";
  const api = "/api/" + encodeURIComponent(token);
  const $ = (id) => document.getElementById(id);
  const state = { strings: {}, view: null, placing: false, selected: null, editing: null, endsAt: 0 };
  const STEP = 0.1;

  function t(key, values) {
    let text = state.strings[key] || key;
    for (const name in values || {}) text = text.split("{" + name + "}").join(String(values[name]));
    return text;
  }

  function say(text, isError) {
    const status = $("status");
    status.textContent = text || "";
    status.classList.toggle("error", !!isError);
  }

  function clientId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes); // crypto.randomUUID needs https, which a room's laptop does not have
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  async function call(method, path, body, tries) {
    const options = { method: method, credentials: "same-origin", headers: {} };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await fetch(api + path, options);
        const data = await response.json().catch(() => ({}));
        if (!response.ok) {
          say(data.error || String(response.status), true);
          return null;
        }
        return data;
      } catch (error) {
        if (attempt >= (tries || 1)) {
          say(t("offline"), true);
          return null;
        }
        await new Promise((resolve) => setTimeout(resolve, 700 * attempt));
      }
    }
  }

  // --- language -----------------------------------------------------------------------------------------

  async function loadStrings(language) {
    const data = await call("GET", "/strings" + (language ? "?lang=" + encodeURIComponent(language) : ""));
    if (!data) return;
    state.strings = data.strings;
    document.documentElement.lang = data.language;
    $("lang").value = data.language;
    document.title = t("page_title");
    for (const element of document.querySelectorAll("[data-t]")) element.textContent = t(element.dataset.t);
    if (state.view) render(state.view);
  }

  async function chooseLanguage(language) {
    try { localStorage.setItem("room-language", language); } catch (error) { /* private mode */ }
    await call("PATCH", "/me", { language: language });
    await loadStrings(language);
  }

  // --- the board ------------------------------------------------------------------------------------------

  function render(view) {
    state.view = view;
    $("title").textContent = view.title;
    $("round").textContent = t("round", { number: view.round });
    const banner = view.frozen ? t("frozen") : view.locked ? t("locked") : "";
    $("banner").textContent = banner;
    $("banner").hidden = !banner;
    const closed = view.frozen || view.locked;
    for (const button of document.querySelectorAll("#write-section button, .quadrant, #nudge button, #pc-add")) {
      button.disabled = closed;
    }
    $("face-down-hint").hidden = !view.face_down;
    const axes = view.axes;
    axis($("y-axis"), axes.y_title, "↑ " + axes.y_high, "↓ " + axes.y_low, !!axes.y_high);
    axis($("x-axis"), axes.x_title, "← " + axes.x_low, "→ " + axes.x_high, !!axes.x_low);
    for (const button of document.querySelectorAll(".quadrant")) {
      const title = view.quadrants[button.dataset.q] || "";
      button.firstElementChild.textContent = title;
      button.setAttribute("aria-label", t("quadrant", { title: title || button.dataset.q }));
    }
    renderWho(view);
    renderNotes(view);
    renderProCons(view);
    renderTimer(view.timer);
    const dots = view.dots;
    $("dots-left").textContent = dots.left === null ? t("dots_free") : t("dots_left", { count: dots.left });
    if (state.selected && !view.notes.some((note) => note.id === state.selected && note.mine)) select(null);
  }

  function axis(element, title, first, second, ends) {
    const parts = [[title, "axis-title"]].concat(ends ? [[first, ""], [second, ""]] : []);
    element.replaceChildren(...parts.filter(([text]) => text).map(([text, name]) => {
      const part = document.createElement("span");
      part.textContent = text;
      part.className = name;
      return part;
    }));
  }

  function renderWho(view) {
    const section = $("who-section");
    section.hidden = view.names.length === 0;
    if (section.hidden) return;
    const who = $("who");
    const wanted = [["", t("anonymous")]].concat(view.names.map((person) => [person.id, person.name]));
    const signature = JSON.stringify(wanted);
    if (who.dataset.signature !== signature) {
      who.replaceChildren(...wanted.map(([value, label]) => new Option(label, value)));
      who.dataset.signature = signature;
    }
    who.value = view.me.participant || "";
  }

  function renderNotes(view) {
    const list = $("notes");
    const marks = $("marks");
    const items = [];
    const dots = [];
    view.notes.forEach((note, index) => {
      items.push(noteItem(note, index + 1, view));
      const mark = document.createElement("span");
      mark.className = "mark" + (note.mine ? " mine" : "") + (note.hidden ? " hidden" : "") +
        (note.id === state.selected ? " selected" : "");
      mark.style.left = ((note.x + 1) * 50) + "%";
      mark.style.top = ((1 - note.y) * 50) + "%";
      mark.textContent = String(index + 1);
      dots.push(mark);
    });
    marks.replaceChildren(...dots);
    const focused = document.activeElement && document.activeElement.dataset.key;
    list.replaceChildren(...items);
    if (focused) {
      const again = list.querySelector('[data-key="' + CSS.escape(focused) + '"]');
      if (again) again.focus();
    }
    $("no-notes").hidden = view.notes.length > 0;
    const about = $("pc-about");
    const kept = about.value;
    const choices = Object.keys(view.quadrants).map((q) => new Option(view.quadrants[q] || q, "q:" + q))
      .concat(view.notes.map((note, index) => new Option(t("note_about", { text: (index + 1) + ". " + note.text.slice(0, 40) }), "n:" + note.id)));
    about.replaceChildren(...choices);
    if (kept && Array.from(about.options).some((option) => option.value === kept)) about.value = kept;
  }

  function button(label, key, action, disabled) {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = label;
    element.dataset.key = key;
    element.disabled = !!disabled;
    element.addEventListener("click", action);
    return element;
  }

  function noteItem(note, number, view) {
    const item = document.createElement("li");
    item.className = (note.mine ? "mine" : "") + (note.hidden ? " hidden" : "");
    const closed = view.frozen || view.locked;
    if (state.editing === note.id) {
      const label = document.createElement("label");
      label.textContent = t("note_text");
      const area = document.createElement("textarea");
      area.value = state.draft;
      area.maxLength = 1000;
      area.id = "edit-" + note.id;
      label.htmlFor = area.id;
      area.addEventListener("input", () => { state.draft = area.value; });
      const row = document.createElement("div");
      row.className = "row";
      row.append(
        button(t("save"), "save:" + note.id, () => saveEdit(note.id), closed),
        button(t("cancel"), "cancel:" + note.id, () => { state.editing = null; render(state.view); }),
      );
      item.append(label, area, row);
      return item;
    }
    const text = document.createElement("p");
    text.className = "note-text";
    text.textContent = number + ". " + note.text;
    const badges = document.createElement("div");
    badges.className = "badges";
    const labels = [t("votes", { count: note.votes })];
    if (note.mine) labels.unshift(t("mine"));
    if (note.hidden) labels.unshift(t("face_down"));
    for (const label of labels) {
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = label;
      badges.append(badge);
    }
    const row = document.createElement("div");
    row.className = "row";
    const noDots = view.dots.left === 0;
    row.append(
      button(t("vote"), "vote:" + note.id, () => vote(note.id), closed || noDots || note.hidden),
      button(t("unvote"), "unvote:" + note.id, () => unvote(note.id), closed || note.my_votes === 0),
    );
    if (note.mine) {
      row.append(
        button(t("edit"), "edit:" + note.id, () => { state.editing = note.id; state.draft = note.text; render(state.view); }, closed),
        button(t("move"), "move:" + note.id, () => select(note.id), closed),
        button(t("delete"), "delete:" + note.id, () => remove(note.id), closed),
      );
    }
    item.append(text, badges, row);
    return item;
  }

  function renderProCons(view) {
    const list = $("procons");
    const numbers = new Map(view.notes.map((note, index) => [note.id, index + 1]));
    list.replaceChildren(...view.pro_cons.map((item) => {
      const entry = document.createElement("li");
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = t(item.kind === "pro" ? "pro" : "con");
      const about = item.note ? "#" + numbers.get(item.note) : (view.quadrants[item.quadrant] || item.quadrant);
      const where = document.createElement("span");
      where.className = "muted";
      where.textContent = " (" + about + ")";
      entry.append(kind, document.createTextNode(item.text), where);
      return entry;
    }));
  }

  function renderTimer(timer) {
    const element = $("timer");
    if (!timer || (!timer.running && timer.remaining === timer.total)) {
      element.hidden = true;
      state.endsAt = 0;
      return;
    }
    element.hidden = false;
    state.endsAt = timer.running ? Date.now() + timer.remaining * 1000 : 0;
    state.frozenRemaining = timer.remaining;
    tick();
  }

  function tick() {
    const element = $("timer");
    if (element.hidden) return;
    const left = state.endsAt ? Math.max(0, Math.ceil((state.endsAt - Date.now()) / 1000)) : state.frozenRemaining;
    const time = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    element.textContent = t("time_left", { time: time });
  }

  // --- writing ---------------------------------------------------------------------------------------------

  function setPlacing(on) {
    state.placing = on;
    $("board").classList.toggle("placing", on);
    $("cancel-place").hidden = !on;
    if (on) say(t("tap_to_place"));
  }

  function select(noteId) {
    state.selected = noteId;
    $("nudge").hidden = !noteId;
    $("board").classList.toggle("placing", !!noteId || state.placing);
    if (state.view) renderNotes(state.view);
    if (noteId) $("nudge").querySelector("button").focus();
  }

  function boardPoint(event, quadrant) {
    const rect = $("board").getBoundingClientRect();
    if (event.detail === 0 || !rect.width) { // a keyboard or a screen reader: the quadrant's middle
      return { x: quadrant.endsWith("right") ? 0.5 : -0.5, y: quadrant.startsWith("top") ? 0.5 : -0.5 };
    }
    const clamp = (value) => Math.max(-1, Math.min(1, Math.round(value * 1000) / 1000));
    return {
      x: clamp(((event.clientX - rect.left) / rect.width) * 2 - 1),
      y: clamp(1 - ((event.clientY - rect.top) / rect.height) * 2),
    };
  }

  async function tapBoard(event) {
    const point = boardPoint(event, event.currentTarget.dataset.q);
    if (state.placing) {
      const text = $("text").value;
      setPlacing(false);
      const made = await call("POST", "/notes", { text: text, x: point.x, y: point.y, client_id: clientId() }, 3);
      if (made) {
        $("text").value = "";
        say(t("saved"));
        await refresh();
        select(made.id);
      }
    } else if (state.selected) {
      await moveTo(state.selected, point.x, point.y);
    }
  }

  async function moveTo(noteId, x, y) {
    if (await call("PATCH", "/notes/" + noteId, { x: x, y: y })) {
      say(t("saved"));
      await refresh();
    }
  }

  function nudge(dx, dy) {
    const note = state.view && state.view.notes.find((item) => item.id === state.selected);
    if (!note) return;
    const clamp = (value) => Math.max(-1, Math.min(1, Math.round(value * 100) / 100));
    moveTo(note.id, clamp(note.x + dx * STEP), clamp(note.y + dy * STEP));
  }

  async function saveEdit(noteId) {
    if (await call("PATCH", "/notes/" + noteId, { text: state.draft })) {
      state.editing = null;
      say(t("saved"));
      await refresh();
    }
  }

  async function remove(noteId) {
    if (!window.confirm(t("confirm_delete"))) return;
    if (await call("DELETE", "/notes/" + noteId)) {
      say(t("deleted"));
      if (state.selected === noteId) select(null);
      await refresh();
    }
  }

  async function vote(noteId) {
    if (await call("POST", "/votes", { note: noteId })) await refresh();
  }

  async function unvote(noteId) {
    if (await call("DELETE", "/votes/" + noteId)) await refresh();
  }

  async function addProCon() {
    const about = $("pc-about").value;
    const kind = document.querySelector('input[name="pc-kind"]:checked').value;
    const body = { kind: kind, text: $("pc-text").value };
    if (about.startsWith("n:")) body.note = about.slice(2); else body.quadrant = about.slice(2);
    if (await call("POST", "/procons", body)) {
      $("pc-text").value = "";
      say(t("saved"));
      await refresh();
    }
  }

  async function chooseName() {
    const value = $("who").value;
    const view = await call("PATCH", "/me", { participant: value || null });
    if (view) render(view);
  }

  async function refresh() {
    const view = await call("GET", "/board");
    if (view) render(view);
  }

  // --- live -------------------------------------------------------------------------------------------------

  let retryAfter = 2000;

  function listen() {
    const source = new EventSource(api + "/events");
    source.addEventListener("open", () => { retryAfter = 2000; say(t("live")); });
    source.addEventListener("board", (event) => render(JSON.parse(event.data)));
    source.addEventListener("error", () => {
      say(t("offline"), true);
      if (source.readyState === EventSource.CLOSED) { // refused (removed, room stopped): ask why, then try later
        setTimeout(() => { refresh(); listen(); }, retryAfter);
        retryAfter = Math.min(retryAfter * 2, 30000);
      }
    });
  }

  async function start() {
    let language = null;
    try { language = localStorage.getItem("room-language"); } catch (error) { /* private mode */ }
    await loadStrings(null); // the first request: the laptop gives this phone its key here
    say(t("connecting"));
    if (language && language !== document.documentElement.lang) await chooseLanguage(language);
    await refresh();
    listen();
    document.addEventListener("visibilitychange", () => { if (!document.hidden) refresh(); });
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("lang").addEventListener("change", (event) => chooseLanguage(event.target.value));
    $("who").addEventListener("change", chooseName);
    $("place").addEventListener("click", () => setPlacing(true));
    $("cancel-place").addEventListener("click", () => { setPlacing(false); say(""); });
    for (const quadrant of document.querySelectorAll(".quadrant")) quadrant.addEventListener("click", tapBoard);
    for (const pad of document.querySelectorAll("[data-move]")) {
      const [dx, dy] = pad.dataset.move.split(",").map(Number);
      pad.addEventListener("click", () => nudge(dx, dy));
    }
    $("nudge-done").addEventListener("click", () => select(null));
    $("pc-add").addEventListener("click", addProCon);
    setInterval(tick, 1000);
    start();
  });
})();
