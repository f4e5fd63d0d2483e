// ai.gov.kh service worker: progressive enhancement only. Pages a reader opened are kept for reading
// offline (network first, cache when offline); theme assets are cache first (they are fingerprinted);
// "save this course" asks it to fetch and keep a list of pages.
const PAGES = 'aigovkh-pages-v1';
const ASSETS = 'aigovkh-assets-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

function isPage(request, url) {
  return request.mode === 'navigate' && url.origin === self.location.origin && /^\/(km|en)(\/|$)/.test(url.pathname);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/editor') || url.pathname.startsWith('/api/')) return;

  if (url.pathname.startsWith('/_content/') || url.pathname.startsWith('/media/')) {
    event.respondWith(caches.open(ASSETS).then(async (cache) => {
      const hit = await cache.match(request);
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok) cache.put(request, response.clone());
      return response;
    }));
    return;
  }

  if (isPage(request, url)) {
    event.respondWith(fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(PAGES).then((cache) => cache.put(request, copy));
      }
      return response;
    }).catch(async () => (await caches.match(request)) || Response.error()));
  }
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'save-pages' || !Array.isArray(data.urls)) return;
  event.waitUntil(caches.open(PAGES).then(async (cache) => {
    let saved = 0;
    for (const path of data.urls) {
      const url = new URL(path, self.location.origin);
      if (url.origin !== self.location.origin) continue;
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (response.ok) { await cache.put(url, response); saved++; }
      } catch (e) { /* offline: keep what we have */ }
    }
    if (event.source) event.source.postMessage({ type: 'saved', saved, total: data.urls.length });
  }));
});
