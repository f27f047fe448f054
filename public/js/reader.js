// Reader pages work without this. With it, an explained term opens its note in place.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a.explainer-term') : null;
    if (!link) return;
    var aside = document.getElementById(link.getAttribute('href').slice(1));
    var details = aside && aside.querySelector('details');
    if (!details) return;
    event.preventDefault();
    details.open = true;
    var summary = details.querySelector('summary');
    if (summary) summary.focus();
    aside.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  });
})();
