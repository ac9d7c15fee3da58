// Keyboard-driven review and source highlighting.  Plain script, no build, no network.
(function () {
  "use strict";
  const list = document.querySelector(".fields ol");
  if (!list) return;
  const items = Array.from(list.querySelectorAll("li.field"));
  let current = -1;

  function showPage(number) {
    document.querySelectorAll(".page").forEach(function (page) {
      page.hidden = page.dataset.page !== String(number);
    });
    document.querySelectorAll(".page-tabs button").forEach(function (b) {
      b.classList.toggle("current", b.dataset.page === String(number));
    });
  }

  function clearMarks() {
    document.querySelectorAll(".box-mark").forEach(function (m) { m.hidden = true; });
    document.querySelectorAll("pre.page-text").forEach(function (pre) {
      if (pre.dataset.plain !== undefined) pre.textContent = pre.dataset.plain;
    });
  }

  // Builds the highlighted text from text nodes only, so document text is never parsed as HTML.
  function markText(pre, start, end, scroll) {
    if (pre.dataset.plain === undefined) pre.dataset.plain = pre.textContent;
    const text = pre.dataset.plain;
    pre.textContent = "";
    const mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    pre.append(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
    if (scroll) mark.scrollIntoView({ block: "center" });
  }

  function highlight(item) {
    clearMarks();
    const page = item.dataset.page;
    if (!page) return;
    showPage(page);
    const holder = document.querySelector('.page[data-page="' + page + '"]');
    if (!holder) return;
    const box = item.dataset.box;
    const mark = holder.querySelector(".box-mark");
    if (box && mark) {
      const b = box.split(",").map(Number);
      mark.style.left = b[0] + "%"; mark.style.top = b[1] + "%";
      mark.style.width = (b[2] - b[0]) + "%"; mark.style.height = (b[3] - b[1]) + "%";
      mark.hidden = false;
      mark.scrollIntoView({ block: "center" });
    }
    const pre = holder.querySelector("pre.page-text");
    if (pre && item.dataset.start !== undefined && item.dataset.start !== "") {
      markText(pre, Number(item.dataset.start), Number(item.dataset.end), !(box && mark));
    }
  }

  function select(index) {
    if (!items.length) return;
    current = (index + items.length) % items.length;
    items.forEach(function (it, i) { it.classList.toggle("selected", i === current); });
    const item = items[current];
    item.scrollIntoView({ block: "nearest" });
    item.focus({ preventScroll: true });
    highlight(item);
  }

  function edit(item) {
    const form = item.querySelector("form.edit");
    if (!form) return;
    form.hidden = false;
    const input = form.querySelector("input[name=value]");
    if (input) { input.focus(); input.select(); }
  }

  items.forEach(function (item, i) {
    item.addEventListener("click", function (event) {
      if (event.target.closest("form")) return;
      select(i);
    });
    const toggle = item.querySelector("button.edit-toggle");
    if (toggle) toggle.addEventListener("click", function () { select(i); edit(item); });
  });

  document.querySelectorAll(".page-tabs button").forEach(function (b) {
    b.addEventListener("click", function () { showPage(b.dataset.page); });
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = event.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
      if (event.key === "Escape") {
        const form = event.target.closest("form.edit");
        if (form) { form.hidden = true; select(current); }
      }
      return;
    }
    const item = items[current];
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a":
        if (item) { const f = item.querySelector("form.confirm"); if (f) f.requestSubmit(); }
        break;
      case "e": if (item) edit(item); break;
      case "n": {
        const next = document.querySelector("a.next-document");
        if (next) window.location.href = next.href;
        break;
      }
      default: return;
    }
    event.preventDefault();
  });

  const asked = new URLSearchParams(window.location.search).get("f");
  const wanted = Number(asked !== null ? asked : list.dataset.initial || 0);
  select(Number.isInteger(wanted) && wanted >= 0 && wanted < items.length ? wanted : 0);
})();
