// Registers the service worker and wires the "save this course for offline" button. Without JavaScript
// (or without service workers) the button stays hidden and every page works as before.
(function () {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* stay online-only */ });

  var button = document.querySelector('[data-save-offline]');
  if (!button) return;
  var status = document.querySelector('[data-save-offline-status]');
  button.hidden = false;
  button.addEventListener('click', function () {
    var urls = JSON.parse(button.getAttribute('data-save-offline') || '[]');
    button.disabled = true;
    navigator.serviceWorker.ready.then(function (registration) {
      navigator.serviceWorker.addEventListener('message', function (event) {
        if (event.data && event.data.type === 'saved' && status) {
          status.textContent = (status.getAttribute('data-done') || '') + ' ' + event.data.saved + '/' + event.data.total;
        }
        button.disabled = false;
      });
      registration.active.postMessage({ type: 'save-pages', urls: urls });
    });
  });
})();
