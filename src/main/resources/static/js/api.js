// Calls to Blue Helmet's API from the pages: JSON in and out, the session's CSRF token on
// every change, and a problem's detail as the error's message (with its HTTP status).
'use strict';

let apiCsrf = null;

async function call(url, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (options.method && options.method !== 'GET') {
    apiCsrf = apiCsrf || await (await fetch('/api/v1/csrf', { credentials: 'same-origin' })).json();
    headers[apiCsrf.headerName] = apiCsrf.token;
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(url, { credentials: 'same-origin', ...options, headers });
  const body = response.status === 204 ? null : await response.json();
  if (!response.ok) {
    const error = new Error(body && body.detail ? body.detail : `${response.status}`);
    error.status = response.status;
    throw error;
  }
  return body;
}
