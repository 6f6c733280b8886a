// Blue Helmet's service worker: with no connection, the pages and the data they last showed still open, so that an
// incident can be logged at a TOB with no link (the incidents themselves wait in the page's outbox, js/outbox.js, and
// are sent by the page, never by this worker). Every request tries the network first, so a connected user always
// sees the server's answer; what the network cannot give comes from the copy kept of its last answer.
'use strict';

// Also named in js/incident-new.js (keepForOffline), which puts the form's data in it on the first visit.
const CACHE = 'bluehelmet-pages-v1';

// What the incident form and the incident list need before their first use offline.
const SHELL = ['/incident-new.html', '/incidents.html', '/css/bluehelmet.css', '/i18n/messages.js', '/js/i18n.js',
  '/js/api.js', '/js/nav.js', '/js/basemap.js',
  '/js/outbox.js', '/js/incident-new.js', '/js/incidents.js', '/favicon.svg', '/manifest.webmanifest',
  '/webjars/leaflet/1.9.4/dist/leaflet.js', '/webjars/leaflet/1.9.4/dist/leaflet.css',
  '/webjars/chart.js/4.5.1/dist/chart.umd.min.js'];

// Never kept: tokens, log-in and log-out, administration, and downloads (exports are audited where they are made;
// a copy on the device would escape that).
// Nor the place search's answers, one per word typed: offline, the form searches the places it kept itself.
const NEVER = [/^\/api\/v1\/csrf/, /^\/login/, /^\/logout/, /^\/api\/v1\/admin/, /^\/api\/v1\/me\/tokens/,
  /\.(csv|zip|pdf|geojson|xml)$/, /\/places$/];

// Only what the pages show: not files for download.
const KEPT_TYPES = /^(text\/html|text\/css|application\/json|application\/problem\+json|text\/javascript|application\/javascript|image\/svg\+xml|application\/manifest\+json)/;

self.addEventListener('install', event => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // One by one: a page the account may not open (a redirect to the log-in form) is left out, not kept as that page.
    await Promise.all(SHELL.map(async path => {
      try {
        const response = await fetch(path, { credentials: 'same-origin' });
        if (keepable(response)) await cache.put(path, response);
      } catch (offline) {
        // Kept the next time it is fetched.
      }
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || NEVER.some(rule => rule.test(url.pathname))) {
    return;
  }
  event.respondWith(networkFirst(request));
});

function keepable(response) {
  return response.ok && !response.redirected && response.type === 'basic'
    && KEPT_TYPES.test(response.headers.get('Content-Type') || '');
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (keepable(response)) {
      const copy = response.clone();
      caches.open(CACHE).then(cache => cache.put(request, copy));
    }
    return response;
  } catch (offline) {
    const cached = await caches.match(request, { ignoreVary: true });
    if (cached) return cached;
    if (request.mode === 'navigate') {
      // The page with other parameters (another mission: the page asks for its data itself), else, for a page
      // never opened before, the incident form, which works offline.
      const page = await caches.match(request, { ignoreSearch: true, ignoreVary: true })
        || await caches.match('/incident-new.html');
      if (page) return page;
    }
    return new Response(JSON.stringify({
      title: 'No connection', status: 503, offline: true,
      detail: 'No connection to the server, and this was not kept on the device.'
    }), { status: 503, headers: { 'Content-Type': 'application/problem+json' } });
  }
}
