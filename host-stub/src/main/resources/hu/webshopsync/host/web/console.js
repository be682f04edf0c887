// Live progress of a running action: polls the run's JSON endpoint and reloads the page when it
// has finished, so the server draws the confirmation. Without JavaScript a meta refresh does it.
(function () {
  var box = document.getElementById('run-progress');
  if (!box) { return; }
  var url = box.getAttribute('data-progress-url');
  var bar = document.getElementById('progress');
  function poll() {
    fetch(url, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        if (!p.running) { window.location.reload(); return; }
        if (p.total > 0) { bar.max = p.total; bar.value = p.done; }
        document.getElementById('progress-text').textContent = p.text;
        document.getElementById('progress-status').textContent = p.status;
        window.setTimeout(poll, 400);
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 200);
}());
