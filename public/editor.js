// Haven's body editor: progressive enhancement of the plain Markdown textarea on the resource
// form. Adds a formatting toolbar and a live preview rendered by the server's own Markdown
// renderer (POST /admin/preview, sanitized there). Without this file the textarea works as is.
(function () {
  'use strict';

  // Scheduling: preselect the browser's own time zone unless the form is being shown again.
  var zoneSelect = document.querySelector('.schedule-form select[name="tz"]');
  if (zoneSelect && !document.querySelector('.schedule-form .field-error')) {
    try {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone) {
        var known = Array.prototype.some.call(zoneSelect.options, function (o) { return o.value === zone; });
        if (!known) zoneSelect.add(new Option(zone.replace(/_/g, ' '), zone));
        zoneSelect.value = zone;
      }
    } catch (e) { /* keep the server's default */ }
  }

  var area = document.querySelector('textarea[data-editor="markdown"]');
  if (!area) return;
  var labels = {};
  try { labels = JSON.parse(area.getAttribute('data-labels') || '{}'); } catch (e) { labels = {}; }
  var form = area.form;
  var preview = document.getElementById('body-preview');

  function replaceSelection(text, selectFrom, selectTo) {
    var start = area.selectionStart;
    area.focus();
    // execCommand keeps the browser's undo history; setRangeText is the fallback.
    if (!document.execCommand || !document.execCommand('insertText', false, text)) {
      area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (selectFrom !== undefined) area.setSelectionRange(start + selectFrom, start + selectTo);
  }

  function wrap(marker, placeholder) {
    var selected = area.value.slice(area.selectionStart, area.selectionEnd) || placeholder;
    replaceSelection(marker + selected + marker, marker.length, marker.length + selected.length);
  }

  function prefixLines(prefix) {
    var value = area.value;
    var start = value.lastIndexOf('\n', area.selectionStart - 1) + 1;
    var endIndex = value.indexOf('\n', area.selectionEnd);
    var end = endIndex === -1 ? value.length : endIndex;
    area.setSelectionRange(start, end);
    var lines = value.slice(start, end).split('\n');
    var text = lines.map(function (line, i) { return (typeof prefix === 'function' ? prefix(i) : prefix) + line; }).join('\n');
    replaceSelection(text, 0, text.length);
  }

  function link() {
    var url = window.prompt(labels['link.prompt'] || 'URL', 'https://');
    if (!url) return;
    var selected = area.value.slice(area.selectionStart, area.selectionEnd) || labels.link || 'link';
    replaceSelection('[' + selected + '](' + url + ')', 1, 1 + selected.length);
  }

  var actions = [
    ['heading', function () { prefixLines('## '); }],
    ['bold', function () { wrap('**', labels.bold || 'bold'); }],
    ['italic', function () { wrap('*', labels.italic || 'italics'); }],
    ['link', link],
    ['bulleted', function () { prefixLines('- '); }],
    ['numbered', function () { prefixLines(function (i) { return (i + 1) + '. '; }); }],
    ['quote', function () { prefixLines('> '); }],
  ];

  var toolbar = document.createElement('div');
  toolbar.className = 'editor-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', labels.label || 'Formatting');
  toolbar.setAttribute('aria-controls', area.id);
  actions.forEach(function (entry) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button-secondary';
    button.textContent = labels[entry[0]] || entry[0];
    button.addEventListener('click', entry[1]);
    toolbar.appendChild(button);
  });
  area.parentNode.insertBefore(toolbar, area);

  area.addEventListener('keydown', function (event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    var key = event.key.toLowerCase();
    if (key === 'b') { event.preventDefault(); wrap('**', labels.bold || 'bold'); }
    if (key === 'i') { event.preventDefault(); wrap('*', labels.italic || 'italics'); }
  });

  if (!preview || !form || !window.fetch) return;
  var endpoint = form.getAttribute('data-preview');
  var tokenField = form.querySelector('input[name="_csrf"]');
  var toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'button-secondary';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', 'body-preview');
  toggle.textContent = labels.preview || 'Preview';
  toolbar.appendChild(toggle);

  var timer = null;
  var sequence = 0;
  function refresh() {
    var mine = ++sequence;
    var body = new URLSearchParams();
    body.set('body', area.value);
    if (tokenField) body.set('_csrf', tokenField.value);
    fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': tokenField ? tokenField.value : '' },
      body: body.toString(),
    }).then(function (res) {
      return res.ok ? res.text() : Promise.reject(new Error(String(res.status)));
    }).then(function (html) {
      // The server sanitizes with the site's allow-list; only the latest answer is shown.
      if (mine === sequence) preview.innerHTML = html;
    }).catch(function () { /* keep the last preview */ });
  }

  toggle.addEventListener('click', function () {
    var show = preview.hidden;
    preview.hidden = !show;
    toggle.setAttribute('aria-expanded', String(show));
    toggle.textContent = show ? (labels['preview.hide'] || 'Hide preview') : (labels.preview || 'Preview');
    if (show) refresh();
  });
  area.addEventListener('input', function () {
    if (preview.hidden) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  });
})();
