// Optional: follow the supervisor's step changes without reloading; show a character counter.
(function () {
  "use strict";
  var main = document.getElementById("main");
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
  if (!main || !main.getAttribute("data-key") || !window.EventSource || !window.fetch || !window.DOMParser) return;
  var busy = false, want = null, es = null, wait = 1000;
  // the session's page, also when this one is the answer to a POST (a refusal shown at …/answer)
  var page = main.getAttribute("data-events").replace(/\/events$/, "");
  function over(key) { return key === "ended" || key === "gone"; }
  function follow() {
    if (busy || want === null || want === main.getAttribute("data-key")) return;
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
