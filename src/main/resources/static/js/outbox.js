// The device's outbox: incidents logged with no connection, kept in the browser's IndexedDB (closing the browser loses
// nothing) until the server has them. Each keeps its own source reference, so that sending it twice stores it once
// (the server refuses a reference it holds, 409), and the account that logged it: only that account sends it.
// States: waiting (to send), conflict (the reference is stored already: the person decides), confirm (the server asks
// whether an unlikely report is right), refused (the server said why; kept until the person discards it).
import { t } from './i18n.js';

export const outbox = (() => {
  const DATABASE = 'bluehelmet-outbox';
  const STORE = 'incidents';

  function open() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async function run(mode, work) {
    const database = await open();
    try {
      return await new Promise((resolve, reject) => {
        const transaction = database.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request ? request.result : undefined);
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error || new Error('the outbox could not be written'));
      });
    } finally {
      database.close();
    }
  }

  /** Keeps an incident report on the device, waiting to be sent. */
  function keep(missionId, username, report) {
    const item = {
      key: `${missionId}|${report.source}|${report.sourceId}`, missionId, username, report,
      savedAt: new Date().toISOString(), state: 'waiting', reason: null
    };
    return run('readwrite', store => store.put(item)).then(() => item);
  }

  const all = () => run('readonly', store => store.getAll());
  const put = item => run('readwrite', store => store.put(item));
  const remove = key => run('readwrite', store => store.delete(key));

  /** A new reference for a report whose reference the server holds for another incident. */
  async function renumber(item) {
    await remove(item.key);
    const report = { ...item.report, sourceId: `${item.report.sourceId}-${Date.now().toString(36)}` };
    return keep(item.missionId, item.username, report);
  }

  let sending = null;

  /**
   * Sends the waiting reports the account logged (in the order logged); stops at the first that cannot reach the
   * server. Resolves to what happened: { sent, offline, loggedOut }.
   */
  function sendWaiting(username) {
    sending = sending || sendAll(username).finally(() => { sending = null; });
    return sending;
  }

  async function sendAll(username) {
    const result = { sent: 0, offline: false, loggedOut: false };
    const waiting = (await all()).filter(item => item.state === 'waiting' && item.username === username)
      .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    for (const item of waiting) {
      const answer = await post(item, false);
      if (answer.loggedOut) {
        // Kept, with the reason beside it: a disabled account's reports are never sent, never dropped.
        await put({ ...item, reason: t('outbox.loggedOut') });
      }
      if (answer.offline || answer.loggedOut) {
        Object.assign(result, answer);
        break;
      }
      if (answer.stored) result.sent++;
    }
    return result;
  }

  /** Sends one report; a refusal is kept with its reason. */
  async function post(item, confirmed) {
    let csrf;
    let response;
    try {
      const token = await fetch('/api/v1/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
      if (token.status === 401 || token.redirected) return { loggedOut: true };
      if (!token.ok) return { offline: true };
      csrf = await token.json();
      response = await fetch(`/api/v1/missions/${encodeURIComponent(item.missionId)}/incidents`
        + `${confirmed ? '?confirmed=true' : ''}`, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest',
          [csrf.headerName]: csrf.token },
        body: JSON.stringify(item.report)
      });
    } catch (noConnection) {
      return { offline: true };
    }
    if (response.status === 201) {
      await remove(item.key);
      return { stored: true };
    }
    if (response.status === 401) return { loggedOut: true };
    if (response.status >= 500) return { offline: true };
    let problem = {};
    try {
      problem = await response.json();
    } catch (notJson) {
      problem = {};
    }
    const reason = problem.detail || `The server answered ${response.status}.`;
    const state = response.status === 409 ? 'conflict' : problem.confirmable ? 'confirm' : 'refused';
    await put({ ...item, state, reason, field: problem.field || null });
    return { kept: state };
  }

  return { keep, all, put, remove, renumber, sendWaiting, post };
})();
