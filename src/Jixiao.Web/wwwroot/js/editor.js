// Live recompute: posts the editor's form (with its antiforgery field) to the page's Check handler as the user
// types, and shows the scores and findings it returns. The form saves without this script.
(function () {
  'use strict';
  var form = document.getElementById('editor');
  if (!form) { return; }
  var timer = null;
  var pending = null;
  var names = { error: '错误', warning: '警告', info: '提示' };

  function text(id, value) {
    var node = document.getElementById(id);
    if (node) { node.textContent = value === null || value === undefined ? '' : String(value); }
  }

  function show(result) {
    text('live-total', result.total);
    text('live-computed', result.computedTotal);
    text('live-grade', result.computedGrade || '');
    text('live-rate', result.executionRate === null || result.executionRate === undefined ? '' : result.executionRate + '%');
    var list = document.getElementById('live-findings');
    list.textContent = '';
    (result.problems || []).forEach(function (p) {
      var item = document.createElement('li');
      item.className = 'sev-error';
      item.textContent = p;
      list.appendChild(item);
    });
    (result.findings || []).forEach(function (f) {
      var item = document.createElement('li');
      item.className = 'sev-' + f.severity;
      item.textContent = (names[f.severity] || '') + '：' + f.message;
      list.appendChild(item);
    });
    text('live-count', (result.findings || []).length);
    form.dataset.checked = String(Date.now());
  }

  function check() {
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch(form.dataset.check, { method: 'POST', body: new FormData(form), credentials: 'same-origin', signal: pending.signal })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) { if (result) { show(result); } })
      .catch(function () { /* aborted by a newer keystroke, or offline: the next input tries again */ });
  }

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  });
})();
