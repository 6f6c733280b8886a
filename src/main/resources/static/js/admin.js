// Administration: the accounts an administrator manages (with their sessions and tokens),
// a form for a new one, and the audit log with the state of its keyed chain.
import { call, uploadWithProgress } from './api.js';
import { dayText, momentText, t, tCount, translate } from './i18n.js';
import { byId, cell } from './nav.js';

const ROLES = ['VIEWER', 'ANALYST', 'OPERATIONS_OFFICER', 'PLANNER', 'FORCE_GENERATION_OFFICER',
  'MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR'];
let oldestSeq = null;
translate();
const roleName = role => t(`role.${role}`);

/** A cell holding data (a user name, a token's name, an audit record): the same in every language. */
function dataCell(row, content, className) {
  cell(row, content, className).setAttribute('translate', 'no');
}

async function showAccounts() {
  const accounts = await call('/api/v1/admin/users');
  const body = byId('accounts').querySelector('tbody');
  body.replaceChildren();
  for (const account of accounts) {
    const row = document.createElement('tr');
    dataCell(row, account.username);
    cell(row, account.roles.map(roleName).sort().join(', '));
    dataCell(row, account.missions.slice().sort().join(', '));
    cell(row, account.enabled ? t('admin.yes') : t('admin.no'));
    cell(row, dayText(account.createdAt.slice(0, 10)));
    const change = document.createElement('td');
    const edit = Object.assign(document.createElement('button'), { type: 'button', className: 'edit',
      textContent: t('admin.edit') });
    edit.addEventListener('click', () => editAccount(account));
    change.appendChild(edit);
    row.appendChild(change);
    const access = document.createElement('td');
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'access';
    open.textContent = t('admin.sessionsAndTokens');
    open.addEventListener('click', () => showAccess(account.username));
    access.appendChild(open);
    row.appendChild(access);
    body.appendChild(row);
  }
}

/** Checkboxes for the roles, in a box; those of {@code chosen} ticked. */
function roleChoices(box, chosen) {
  box.replaceChildren(...ROLES.map(role => {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: role,
      checked: chosen.includes(role) });
    label.append(box, ' ', Object.assign(document.createElement('span'), { textContent: roleName(role) }));
    return label;
  }));
}

const ticked = box => [...box.querySelectorAll('input:checked')].map(input => input.value);
const missionList = text => text.split(',').map(m => m.trim()).filter(Boolean);

// The account being edited: its roles, missions, whether it is enabled, a new password.
let editing = null;

function editAccount(account) {
  editing = account;
  byId('edit-account').hidden = false;
  byId('edit-title').textContent = t('admin.change', { username: account.username });
  roleChoices(byId('edit-roles'), account.roles);
  byId('edit-missions').value = account.missions.slice().sort().join(', ');
  byId('edit-enabled').checked = account.enabled;
  byId('edit-password').value = '';
  byId('edit-message').textContent = '';
  byId('edit-account').scrollIntoView({ block: 'nearest' });
}

byId('edit-cancel').addEventListener('click', () => { byId('edit-account').hidden = true; editing = null; });

byId('edit-account').addEventListener('submit', async event => {
  event.preventDefault();
  const update = { version: editing.version, roles: ticked(byId('edit-roles')), missions: missionList(byId('edit-missions').value),
    enabled: byId('edit-enabled').checked };
  if (byId('edit-password').value) update.password = byId('edit-password').value;
  try {
    const saved = await call(`/api/v1/admin/users/${encodeURIComponent(editing.username)}`,
      { method: 'PATCH', body: JSON.stringify(update) });
    editing = saved;
    byId('edit-password').value = '';
    byId('edit-message').textContent = t(update.password ? 'admin.savedPassword' : 'admin.saved');
    await Promise.all([showAccounts(), showAudit(false), showChain()]);
  } catch (error) {
    byId('edit-message').textContent = t('list.notSaved', { error: error.message });
  }
});

// One account's sessions and tokens, which an administrator can end and revoke.
let accessOf = null;

function when(instant) {
  return instant ? momentText(instant) : '—';
}

async function showAccess(username) {
  accessOf = username;
  byId('access').hidden = false;
  byId('access-title').textContent = t('admin.accessOf', { username });
  byId('access-message').textContent = '';
  const [sessions, tokens] = await Promise.all([
    call(`/api/v1/admin/users/${encodeURIComponent(username)}/sessions`),
    call(`/api/v1/admin/users/${encodeURIComponent(username)}/tokens`)]);
  const list = byId('access-sessions');
  list.replaceChildren(...sessions.map(session => {
    const item = document.createElement('li');
    item.textContent = t('admin.session', { id: session.id.slice(0, 8), when: when(session.lastRequest) });
    return item;
  }));
  if (!sessions.length) {
    const none = document.createElement('li');
    none.textContent = t('admin.noSession');
    list.appendChild(none);
  }
  const body = byId('access-tokens').querySelector('tbody');
  body.replaceChildren();
  for (const token of tokens) {
    const row = document.createElement('tr');
    dataCell(row, token.name);
    cell(row, when(token.createdAt));
    cell(row, when(token.lastUsedAt));
    cell(row, token.revokedAt ? t('admin.revokedOn', { when: when(token.revokedAt) }) : t('admin.active'));
    const action = document.createElement('td');
    if (!token.revokedAt) {
      const revoke = document.createElement('button');
      revoke.type = 'button';
      revoke.className = 'revoke';
      revoke.textContent = t('admin.revoke');
      revoke.addEventListener('click', () => changeAccess(
        `/api/v1/admin/users/${encodeURIComponent(username)}/tokens/${token.id}`, t('admin.tokenRevoked', { name: token.name })));
      action.appendChild(revoke);
    }
    row.appendChild(action);
    body.appendChild(row);
  }
}

async function changeAccess(url, done) {
  try {
    await call(url, { method: 'DELETE' });
    await showAccess(accessOf);
    byId('access-message').textContent = done;
    await Promise.all([showAudit(false), showChain()]);
  } catch (error) {
    byId('access-message').textContent = error.message;
  }
}

byId('end-sessions').addEventListener('click', () => changeAccess(
  `/api/v1/admin/users/${encodeURIComponent(accessOf)}/sessions`, t('admin.sessionsEnded', { username: accessOf })));

/** A record in a few words: its first simple fields. */
function summary(json) {
  if (!json) return '';
  try {
    const value = JSON.parse(json);
    return Object.entries(value)
      .filter(([, field]) => field !== null && typeof field !== 'object')
      .slice(0, 5)
      .map(([key, field]) => `${key}: ${field}`)
      .join('; ');
  } catch (ignored) {
    return json.slice(0, 120);
  }
}

/** What an entry changed, in a few words: the fields whose values differ. */
function change(entry) {
  if (!entry.before || !entry.after) {
    return summary(entry.after || entry.before);
  }
  try {
    const before = JSON.parse(entry.before);
    const after = JSON.parse(entry.after);
    return Object.keys(after)
      .filter(key => JSON.stringify(before[key]) !== JSON.stringify(after[key]) && key !== 'updatedAt' && key !== 'version')
      .map(key => `${key}: ${JSON.stringify(before[key])} → ${JSON.stringify(after[key])}`)
      .join('; ');
  } catch (ignored) {
    return '';
  }
}

async function showAudit(older) {
  const before = older && oldestSeq !== null ? `&before=${oldestSeq}` : '';
  const entries = await call(`/api/v1/admin/audit?limit=50${before}`);
  const body = byId('audit').querySelector('tbody');
  if (!older) body.replaceChildren();
  for (const entry of entries) {
    const row = document.createElement('tr');
    // The log as it was written: its actions, records and fields are the system's own names.
    cell(row, entry.seq, 'num');
    cell(row, momentText(entry.at));
    dataCell(row, entry.username);
    dataCell(row, entry.missionId);
    dataCell(row, entry.action);
    dataCell(row, entry.entityId ? `${entry.entity} ${entry.entityId}` : entry.entity);
    dataCell(row, change(entry));
    body.appendChild(row);
    oldestSeq = entry.seq;
  }
  byId('older').hidden = entries.length < 50;
}

async function showChain() {
  const result = await call('/api/v1/admin/audit/verification');
  byId('chain').textContent = result.intact ? tCount('admin.intact', result.entriesChecked)
    : t('admin.tampered', { problem: result.problem });
  byId('chain').className = result.intact ? 'explain' : 'error';
}

byId('new-account').addEventListener('submit', async event => {
  event.preventDefault();
  byId('account-message').textContent = '';
  try {
    await call('/api/v1/admin/users', {
      method: 'POST',
      body: JSON.stringify({
        username: byId('username').value.trim(),
        password: byId('password').value,
        roles: ticked(byId('new-roles')),
        missions: missionList(byId('missions').value)
      })
    });
    byId('account-message').textContent = t('admin.created');
    byId('password').value = '';
    await Promise.all([showAccounts(), showAudit(false), showChain()]);
  } catch (error) {
    byId('account-message').textContent = error.message;
  }
});

byId('older').addEventListener('click', () => showAudit(true));

// A new mission from its pack: system administrators only.
async function showMissionPanel() {
  const me = await call('/api/v1/me');
  byId('mission-panel').hidden = !me.roles.includes('SYSTEM_ADMINISTRATOR');
}

byId('mission-pack').addEventListener('submit', async (event) => {
  event.preventDefault();
  const bar = byId('pack-progress');
  bar.value = 0;
  bar.hidden = false;
  byId('pack-message').textContent = t('import.uploadingNow');
  byId('pack-problems').replaceChildren();
  const data = new FormData();
  data.append('file', byId('pack-file').files[0]);
  try {
    const answer = await uploadWithProgress('/api/v1/missions', data, (percent) => {
      bar.value = percent;
      if (percent === 100) byId('pack-message').textContent = t('admin.checking');
    });
    if (answer.status === 201) {
      const m = answer.body;
      byId('pack-message').textContent = t('admin.packImported', { name: m.name, id: m.missionId, sites: m.sites,
        maps: m.deploymentMaps, cells: m.cells });
      await Promise.all([showAudit(false), showChain()]);
    } else {
      byId('pack-message').textContent = t('admin.refused', { detail: answer.body.detail || answer.status });
      for (const problem of answer.body.problems || []) {
        const item = document.createElement('li');
        item.textContent = problem;
        byId('pack-problems').appendChild(item);
      }
    }
  } catch (error) {
    byId('pack-message').textContent = error.message;
  } finally {
    bar.hidden = true;
  }
});

async function start() {
  roleChoices(byId('new-roles'), ['VIEWER']);
  try {
    await Promise.all([showAccounts(), showAudit(false), showChain(), showMissionPanel()]);
  } catch (error) {
    if (error.status === 403) {
      byId('refused').hidden = false;
      byId('accounts-panel').hidden = true;
      byId('audit-panel').hidden = true;
    } else {
      throw error;
    }
  }
}

start();
