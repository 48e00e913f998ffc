// "Ask for credentials": polls the transaction's status (the page's own cookie proves it is
// this page's) and reloads once the wallet answered or the request expired; the server then
// renders the result. No data of the answer passes through this script.
(function () {
  'use strict';
  var status = document.getElementById('ask-status');
  if (!status) {
    return;
  }
  var url = status.getAttribute('data-status-url');
  var delay = 1000;
  function poll() {
    fetch(url, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : { status: 'gone' }; })
      .then(function (body) {
        if (body.status === 'answered' || body.status === 'expired' || body.status === 'gone') {
          window.location.reload();
          return;
        }
        status.setAttribute('data-phase', body.status);
        setTimeout(poll, delay);
      }, function () {
        delay = Math.min(delay * 2, 10000);
        setTimeout(poll, delay);
      });
  }
  setTimeout(poll, delay);
})();
