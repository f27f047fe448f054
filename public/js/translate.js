// Progressive enhancement of the translation editor: autosave, Ctrl+Enter to save and move on,
// live QA findings, and "use this" for memory matches. Without JavaScript the plain forms work.
(function () {
  'use strict';
  var meta = document.querySelector('.translation-meta');
  var csrf = document.querySelector('meta[name="csrf-token"]');
  if (!meta || !csrf || !window.fetch) return;
  var translationId = meta.getAttribute('data-translation');
  var lang = meta.getAttribute('data-lang') || 'en';
  var token = csrf.getAttribute('content');
  var AUTOSAVE_MS = 1500;

  // The page renders the strings from the locale files (translations:editor.script.*).
  var texts = null;
  try {
    texts = JSON.parse(meta.getAttribute('data-strings') || 'null');
  } catch (error) {
    texts = null;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderFindings(list, findings) {
    while (list.firstChild) list.removeChild(list.firstChild);
    findings.forEach(function (f) {
      var item = element('li', 'finding finding--' + f.severity);
      item.appendChild(element('span', 'finding__severity', f.severity === 'error' ? '✖' : '⚠'));
      item.appendChild(document.createTextNode(' ' + f.message));
      list.appendChild(item);
    });
  }

  function showConflict(form, current, mine) {
    var old = form.querySelector('.conflict');
    if (old) old.remove();
    var box = element('div', 'conflict form-error');
    box.setAttribute('role', 'alert');
    box.appendChild(element('p', '', texts.conflict));
    box.appendChild(element('h3', '', texts.theirs));
    box.appendChild(element('pre', 'conflict__text', current));
    box.appendChild(element('h3', '', texts.yours));
    box.appendChild(element('pre', 'conflict__text', mine));
    var link = element('a', '', texts.reload);
    link.href = window.location.pathname + '#' + form.closest('.unit').id;
    link.addEventListener('click', function () {
      window.location.reload();
    });
    box.appendChild(link);
    form.appendChild(box);
  }

  function setup(form) {
    var textarea = form.querySelector('textarea');
    var version = form.querySelector('input[name="version"]');
    var state = form.querySelector('[data-role="save-state"]');
    var unit = form.closest('.unit');
    var timer = null;
    var saved = textarea.value;
    var inFlight = null;

    function save() {
      clearTimeout(timer);
      if (textarea.value === saved) return Promise.resolve(true);
      if (inFlight) return inFlight.then(save);
      var text = textarea.value;
      state.textContent = texts.saving;
      inFlight = fetch(
        '/api/v1/translations/' +
          translationId +
          '/units/' +
          form.getAttribute('data-unit') +
          '?lang=' +
          lang,
        {
          method: 'PUT',
          credentials: 'same-origin',
          headers: {
            'Content-Type': 'application/json',
            'X-CSRF-Token': token,
            Accept: 'application/json',
          },
          body: JSON.stringify({ text: text, version: Number(version.value) }),
        },
      )
        .then(function (response) {
          return response.json().then(function (body) {
            if (response.ok) {
              version.value = String(body.version);
              saved = text;
              state.textContent = texts.saved;
              unit.querySelector('[data-role="status"]').textContent = body.statusLabel;
              renderFindings(unit.querySelector('[data-role="findings"]'), body.findings);
              return true;
            }
            if (response.status === 409 && body.error && body.error.current) {
              showConflict(form, body.error.current.text || '', text);
              state.textContent = texts.failed;
              return false;
            }
            state.textContent =
              texts.failed + ': ' + ((body.error && body.error.message) || response.status);
            return false;
          });
        })
        .catch(function () {
          state.textContent = texts.failed;
          return false;
        })
        .then(function (result) {
          inFlight = null;
          return result;
        });
      return inFlight;
    }

    textarea.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(save, AUTOSAVE_MS);
    });
    textarea.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        save().then(function (ok) {
          if (!ok) return;
          var next = unit.nextElementSibling && unit.nextElementSibling.querySelector('textarea');
          if (next) next.focus();
        });
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var intent = event.submitter && event.submitter.value;
      save().then(function (ok) {
        if (ok && intent === 'save-next') {
          var next = unit.nextElementSibling && unit.nextElementSibling.querySelector('textarea');
          if (next) next.focus();
        }
      });
    });
    unit.querySelectorAll('[data-role="memory-target"]').forEach(function (target) {
      var button = element('button', 'link-button', texts.use);
      button.type = 'button';
      button.addEventListener('click', function () {
        textarea.value = target.textContent;
        textarea.dispatchEvent(new Event('input'));
        textarea.focus();
      });
      target.parentNode.insertBefore(button, target.nextSibling);
      target.parentNode.insertBefore(document.createTextNode(' '), button);
    });
  }

  // A selection in the unit's text becomes the note's passage: no need to type the quote.
  function setupNotes(form) {
    var unit = form.closest('.unit');
    var textarea = unit && unit.querySelector('textarea[name="text"]');
    var quote = form.querySelector('input[name="quote"]');
    if (!textarea || !quote) return;
    textarea.addEventListener('select', function () {
      var start = textarea.selectionStart;
      var end = textarea.selectionEnd;
      if (end <= start) return;
      quote.value = textarea.value.slice(start, end);
      ['start', 'end'].forEach(function (name, i) {
        var input = form.querySelector('input[name="' + name + '"]');
        if (!input) {
          input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          form.appendChild(input);
        }
        input.value = String(i === 0 ? start : end);
      });
      var details = form.closest('details');
      if (details) details.open = true;
    });
    quote.addEventListener('input', function () {
      ['start', 'end'].forEach(function (name) {
        var input = form.querySelector('input[name="' + name + '"]');
        if (input) input.remove();
      });
    });
  }

  if (!texts) return;
  document.querySelectorAll('form.unit-form').forEach(setup);
  document.querySelectorAll('form[data-note-form]').forEach(setupNotes);
})();
