// Optional: follow the supervisor's step changes without reloading; show a character counter; copy a
// late answer's text. Typed text is never thrown away: a form with unsent input stays, says the question
// has changed, and its Senden brings the server's page that keeps the text (live/late.py).
(function () {
  "use strict";
  var main = document.getElementById("main");
  function copy() {
    var b = main && main.querySelector("button[data-copy]");
    var src = b && document.getElementById(b.getAttribute("data-copy"));
    if (!src) return;
    b.hidden = false;
    b.addEventListener("click", function () {
      var done = function () { b.textContent = b.getAttribute("data-done"); };
      src.focus();
      src.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(src.value).then(done, function () { if (document.execCommand("copy")) done(); });
      } else if (document.execCommand("copy")) done();
    });
  }
  function unsent() {
    if (main.getAttribute("data-keep")) return true;
    var f = document.getElementById("answer");
    if (!f) return false;
    for (var i = 0; i < f.elements.length; i++) {
      var el = f.elements[i];
      if (el.type === "radio" || el.type === "checkbox") {
        if (el.checked !== el.defaultChecked) return true;
      } else if ((el.tagName === "TEXTAREA" || el.type === "text") && el.value !== el.defaultValue) return true;
    }
    return false;
  }
  function moved(show) {
    var p = document.getElementById("moved");
    if (p) p.hidden = !show;
  }
  function counter() {
    var c = document.getElementById("count"), ta = document.getElementById("text");
    if (!c || !ta) return;
    var show = function () {
      c.textContent = c.getAttribute("data-fmt").replace("{n}", ta.value.length).replace("{max}", c.getAttribute("data-max"));
    };
    ta.addEventListener("input", show);
    show();
  }
  counter();
  copy();
  if (!main || !main.getAttribute("data-key") || !window.EventSource || !window.fetch || !window.DOMParser) return;
  var busy = false, want = null, es = null, wait = 1000;
  // the session's page, also when this one is the answer to a POST (a refusal shown at …/answer)
  var page = main.getAttribute("data-events").replace(/\/events$/, "");
  function over(key) { return key === "ended" || key === "gone"; }
  function follow() {
    if (want === main.getAttribute("data-key")) moved(false);
    if (busy || want === null || want === main.getAttribute("data-key")) return;
    if (!over(want) && unsent()) {
      moved(want !== "restarting"); // a restart comes back to the same question: nothing has changed
      return;
    }
    if (document.querySelector("meta[http-equiv=refresh]")) {
      // a "gleich fortgesetzt" page loaded as such: its refresh is pending, so load the page afresh
      location.replace(location.pathname);
      return;
    }
    busy = true;
    var key = want;
    fetch(page, { credentials: "same-origin" }).then(function (r) { return r.text(); }).then(function (html) {
      var next = new DOMParser().parseFromString(html, "text/html");
      busy = false;
      if (!next.getElementById("main")) return;
      main.parentNode.replaceChild(next.getElementById("main"), main);
      main = document.getElementById("main");
      document.title = next.title;
      counter();
      copy();
      var h = main.querySelector("h1");
      if (h) h.focus();
      if (over(key)) es.close();
      else if (want !== key) follow();
    }, function () { busy = false; });
  }
  function connect() {
    es = new EventSource(main.getAttribute("data-events"));
    es.onopen = function () { wait = 1000; };
    es.onmessage = function (ev) {
      want = JSON.parse(ev.data).key;
      follow();
    };
    // A refused stream (the app restarting) closes for good; a lost one the browser retries itself.
    es.onerror = function () {
      if (es.readyState !== 2 || over(want)) return;
      setTimeout(connect, wait);
      wait = Math.min(wait * 2, 30000);
    };
  }
  connect();
})();
