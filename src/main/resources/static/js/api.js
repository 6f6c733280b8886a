// Calls to Blue Helmet's API from the pages: JSON in and out, the session's CSRF token on
// every change, and a problem's detail as the error's message (with its HTTP status).

let apiCsrf = null;

export async function call(url, options = {}) {
  // X-Requested-With: a request the server refuses for want of a session gets a bare 401, not an HTTP Basic challenge
  // (which makes the browser hold the request behind its own password dialog).
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...(options.headers || {}) };
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
    // The problem detail's extras: the field it is about, whether the user may confirm and send it again.
    error.problem = body || {};
    throw error;
  }
  return body;
}

/**
 * POSTs a form holding a file, telling onProgress the share sent (0 to 100): XMLHttpRequest,
 * not fetch, since only it reports an upload's progress. Resolves to { status, body }.
 */
export async function uploadWithProgress(url, data, onProgress) {
  apiCsrf = apiCsrf || await (await fetch('/api/v1/csrf', { credentials: 'same-origin' })).json();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader(apiCsrf.headerName, apiCsrf.token);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round(100 * event.loaded / event.total));
    };
    request.onload = () => {
      let body = {};
      try {
        body = JSON.parse(request.responseText || '{}');
      } catch (ignored) {
        body = {};
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error('the upload failed'));
    request.send(data);
  });
}
