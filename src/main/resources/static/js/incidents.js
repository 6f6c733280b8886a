// The incident list of the Joint Operations Centre: filter, sort, page, open, triage, comment.
import { call } from './api.js';
import { LANG, dayText, momentText, monthText, t, translate } from './i18n.js';
import { INCIDENT_CATEGORIES, byId, chooseMission, showOutboxCount, text } from './nav.js';
import { outbox } from './outbox.js';

const state = { missionId: null, page: 0, size: 50, workflow: {}, me: null, current: null, unread: new Set() };
translate();

// A code (category, target, status, priority, precision) in the reader's words.
const words = (kind, value) => (value ? t(`${kind}.${value}`) : '');

function query() {
  const params = new URLSearchParams();
  for (const id of ['from', 'to', 'category', 'status', 'sector', 'sort']) {
    if (byId(id).value) params.set(id, byId(id).value);
  }
  return params;
}

const CATEGORY_COLOURS = {
  EXPLOSIVE_DEVICE: '#8c510a', AMBUSH: '#d8b365', COMPLEX_ATTACK: '#f6e8c3', SUICIDE_OR_VEHICLE_BORNE_ATTACK: '#5ab4ac',
  INDIRECT_FIRE: '#01665e', ARMED_CLASH: '#4575b4', ATTACK_ON_CIVILIANS: '#d73027', ABDUCTION: '#fc8d59',
  HUMAN_RIGHTS_VIOLATION: '#762a83', DEMONSTRATION: '#999999', OTHER: '#cccccc'
};
let chart;

async function showChart() {
  const params = query();
  params.set('by', 'category');
  const url = `/api/v1/missions/${state.missionId}/incidents/counts?${params}`;
  byId('chart-csv').href = url.replace('/counts?', '/counts.csv?');
  const counts = await call(url);
  const months = [...new Set(counts.map(c => c.month))].sort();
  const categories = [...new Set(counts.map(c => c.area))];
  const value = (category, month) => (counts.find(c => c.area === category && c.month === month) || {}).incidents || 0;
  const killed = months.map(month => counts.filter(c => c.month === month).reduce((sum, c) => sum + c.killed, 0));
  const datasets = categories.map(category => ({
    type: 'bar', label: words('category', category), data: months.map(month => value(category, month)),
    backgroundColor: CATEGORY_COLOURS[category], stack: 'incidents', yAxisID: 'incidents'
  }));
  datasets.push({ type: 'line', label: t('list.chartKilled'), data: killed, borderColor: '#1d2733', pointRadius: 0, yAxisID: 'killed' });
  if (chart) chart.destroy();
  chart = new Chart(byId('monthly-chart'), {
    data: { labels: months.map(m => monthText(m, true)), datasets },
    options: {
      animation: false,
      scales: {
        x: { stacked: true }, incidents: { stacked: true, position: 'left', title: { display: true, text: t('list.chartIncidents') } },
        killed: { position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: t('list.chartKilled') } }
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
    }
  });
}

async function showList() {
  const params = query();
  const base = `/api/v1/missions/${state.missionId}/incidents`;
  byId('export-csv').href = `${base}.csv?${params}`;
  byId('export-geojson').href = `${base}.geojson?${params}`;
  params.set('page', state.page);
  params.set('size', state.size);
  const page = await call(`${base}?${params}`);
  state.unread = new Set(page.unread);
  const first = page.total === 0 ? 0 : state.page * state.size + 1;
  byId('summary').textContent = t('list.summary', { total: page.total, first,
    last: state.page * state.size + page.items.length, unread: page.unread.length });
  byId('page-label').textContent = t('list.pageOf',
    { page: state.page + 1, pages: Math.max(1, Math.ceil(page.total / state.size)) });
  byId('previous-page').disabled = state.page === 0;
  byId('next-page').disabled = (state.page + 1) * state.size >= page.total;
  document.querySelector('#incident-table tbody').replaceChildren(...page.items.map(row));
}

/** Marks an element as holding data (a name from the records), which no language changes. */
function data(element) {
  element.translate = false;
  return element;
}

function row(incident) {
  const tr = document.createElement('tr');
  tr.dataset.id = incident.id;
  const unread = state.unread.has(incident.id);
  if (unread) tr.classList.add('unread');
  const killed = ['killedPeacekeepers', 'killedCivilians', 'killedOthers']
    .reduce((sum, key) => sum + (incident.casualties[key] || 0), 0);
  tr.append(text('td', unread ? '●' : '', 'unread-mark'), text('td', dayText(incident.occurredOn)),
    text('td', words('category', incident.category)), text('td', words('target', incident.target)),
    data(text('td', incident.sector)), data(text('td', incident.locationName)),
    text('td', killed.toLocaleString(LANG), 'num'), text('td', words('status', incident.status)),
    text('td', words('priority', incident.priority)), data(text('td', incident.assignee)));
  tr.addEventListener('click', () => open(incident.id));
  return tr;
}

const TARGETS = ['UN', 'CIVILIANS', 'NATIONAL_FORCES', 'ARMED_GROUPS', 'UNKNOWN'];
// Who may change incidents (AccessRules.INCIDENT_WRITERS) and delete them (AccessRules.ADMINISTRATORS).
const WRITERS = ['OPERATIONS_OFFICER', 'MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR'];
const DELETERS = ['MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR'];
const may = roles => state.me.roles.some(role => roles.includes(role));

function counts(casualties, kind) {
  const n = who => casualties[kind + who] ?? '?';
  return t('list.casualties', { peacekeepers: n('Peacekeepers'), civilians: n('Civilians'), others: n('Others') });
}

async function open(id) {
  const incident = await call(`/api/v1/missions/${state.missionId}/incidents/${id}`);
  state.current = incident;
  const line = document.querySelector(`#incident-table tr[data-id="${id}"]`);
  if (line) { line.classList.remove('unread'); line.firstChild.textContent = ''; }
  byId('detail-title').textContent = `${words('category', incident.category)}, ${dayText(incident.occurredOn)}`;
  const facts = byId('detail-facts');
  facts.replaceChildren();
  const add = (term, value) => { if (value !== null && value !== undefined && value !== '') facts.append(text('dt', term), text('dd', value)); };
  // Every field the report holds, in words.
  add(t('list.fact.when'), `${dayText(incident.occurredOn)}${incident.occurredUntil ? ` ${t('list.until', { day: incident.occurredUntil })}` : ''}`
    + `${incident.occurredTime ? `, ${incident.occurredTime.slice(0, 5)} UTC` : ''}`
    + ` (${t('list.knownTo', { precision: words('precision.time', incident.timePrecision) })})`);
  add(t('list.fact.place'), `${incident.locationName || ''} (${incident.position.lat.toFixed(3)}, `
    + `${incident.position.lon.toFixed(3)}; ${words('precision.position', incident.positionPrecision)})`);
  add(t('list.fact.sector'), incident.sector);
  add(t('list.fact.target'), words('target', incident.target));
  add(t('list.fact.perpetrator'), incident.perpetrator);
  add(t('list.fact.otherSide'), incident.otherSide);
  add(t('list.fact.killed'), counts(incident.casualties, 'killed'));
  add(t('list.fact.wounded'), counts(incident.casualties, 'wounded'));
  add(t('list.fact.description'), incident.description);
  add(t('list.fact.source'), `${incident.source} ${incident.sourceId}`);
  add(t('list.fact.logged'), incident.createdBy ? `${t('list.loggedBy', { user: incident.createdBy })}`
    + `${incident.createdAt ? `, ${momentText(incident.createdAt)}` : ''}` : '');
  add(t('list.fact.status'), t('list.statusLine', { status: words('status', incident.status),
    priority: words('priority', incident.priority) })
    + (incident.assignee ? t('list.withAssignee', { assignee: incident.assignee }) : ''));
  if (incident.duplicateOf) add(t('list.fact.duplicateOf'), t('list.incident', { id: incident.duplicateOf }));
  if (incident.suspectedDuplicateOf) {
    add(t('list.fact.looksLike'), t('list.otherSource', { id: incident.suspectedDuplicateOf }));
  }
  const statuses = [incident.status, ...(state.workflow[incident.status] || [])];
  byId('triage-status').replaceChildren(...statuses.map(status => {
    const option = text('option', words('status', status));
    option.value = status;
    return option;
  }));
  byId('triage-status').value = incident.status;
  byId('triage-duplicate').value = incident.duplicateOf || '';
  byId('triage-priority').value = incident.priority;
  byId('triage-assignee').value = incident.assignee || '';
  byId('triage-message').textContent = '';
  // Merging a suspected duplicate: this report becomes a duplicate of the other source's.
  const merge = byId('merge-suspected');
  merge.hidden = !incident.suspectedDuplicateOf || incident.status === 'DUPLICATE'
    || !statuses.includes('DUPLICATE');
  merge.textContent = t('list.merge', { id: incident.suspectedDuplicateOf });
  byId('correct-category').value = incident.category;
  byId('correct-target').value = incident.target;
  byId('correct-description').value = incident.description || '';
  byId('correct-day').value = incident.occurredOn;
  byId('correct-lat').value = incident.position.lat;
  byId('correct-lon').value = incident.position.lon;
  byId('correct-place').value = incident.locationName || '';
  for (const count of COUNTS) byId(`correct-${count}`).value = incident.casualties[count] ?? '';
  for (const id of ['correct-message', 'delete-message', 'comment-message']) byId(id).textContent = '';
  // Controls the account cannot use are not shown.
  byId('triage').hidden = !may(WRITERS);
  byId('correct-panel').hidden = !may(WRITERS);
  byId('comment-form').hidden = !may(WRITERS);
  byId('delete-panel').hidden = !may(DELETERS);
  byId('detail').hidden = false;
  // On a narrow screen the detail comes after the list: bring it into view.
  if (byId('detail').getBoundingClientRect().top > window.innerHeight) byId('detail').scrollIntoView({ block: 'start' });
  await Promise.all([showComments(), showHistory()]);
}

byId('close-detail').addEventListener('click', () => { byId('detail').hidden = true; state.current = null; });

async function saveTriage(update, message) {
  try {
    await call(`/api/v1/missions/${state.missionId}/incidents/${state.current.id}`,
      { method: 'PATCH', body: JSON.stringify({ version: state.current.version, ...update }) });
    await Promise.all([showList(), showChart()]);
    await open(state.current.id);
    byId(message).textContent = t('list.saved');
  } catch (error) {
    byId(message).textContent = t('list.notSaved', { error: error.message });
    if (error.problem.confirmable) {
      // Unlikely but possible (hundreds of casualties, a day before the data begin): the person may confirm.
      const anyway = Object.assign(document.createElement('button'),
        { type: 'button', id: 'correct-anyway', textContent: t('list.saveAnyway') });
      anyway.addEventListener('click', () => saveTriage({ ...update, confirmed: true }, message));
      byId(message).append(' ', anyway);
    }
  }
}

const COUNTS = ['killedPeacekeepers', 'killedCivilians', 'killedOthers', 'woundedPeacekeepers', 'woundedCivilians',
  'woundedOthers'];

/** The corrections of what happened, only those that differ from what is stored. */
function correctedFacts(incident) {
  const facts = {};
  if (byId('correct-day').value !== incident.occurredOn) facts.occurredOn = byId('correct-day').value;
  const lat = Number(byId('correct-lat').value);
  const lon = Number(byId('correct-lon').value);
  if (lat !== incident.position.lat || lon !== incident.position.lon) facts.position = { lat, lon };
  if (byId('correct-place').value.trim() !== (incident.locationName || '')) facts.locationName = byId('correct-place').value;
  const casualties = Object.fromEntries(COUNTS.map(count =>
    [count, byId(`correct-${count}`).value === '' ? null : Number(byId(`correct-${count}`).value)]));
  if (COUNTS.some(count => casualties[count] !== (incident.casualties[count] ?? null))) facts.casualties = casualties;
  return facts;
}

byId('merge-suspected').addEventListener('click', () =>
  saveTriage({ status: 'DUPLICATE', duplicateOf: state.current.suspectedDuplicateOf }, 'triage-message'));

byId('correct').addEventListener('submit', event => {
  event.preventDefault();
  saveTriage({ category: byId('correct-category').value, target: byId('correct-target').value,
    description: byId('correct-description').value, ...correctedFacts(state.current) }, 'correct-message');
});

byId('delete-incident').addEventListener('click', async () => {
  if (!confirm(t('list.confirmDelete', { id: state.current.id, category: words('category', state.current.category),
    day: state.current.occurredOn }))) return;
  try {
    await call(`/api/v1/missions/${state.missionId}/incidents/${state.current.id}`, { method: 'DELETE' });
    byId('detail').hidden = true;
    state.current = null;
    await Promise.all([showList(), showChart()]);
  } catch (error) {
    byId('delete-message').textContent = t('list.notDeleted', { error: error.message });
  }
});

async function showComments() {
  const comments = await call(`/api/v1/missions/${state.missionId}/incidents/${state.current.id}/comments`);
  byId('comments').replaceChildren(...comments.map(c => text('li', `${c.author}, ${c.writtenAt.slice(0, 16).replace('T', ' ')}: ${c.text}`)));
}

/** The history's field names in words; fields holding codes have their values in words too. */
const FIELDS = ['duplicateOf', 'occurredOn', 'position', 'locationName', 'killedPeacekeepers', 'killedCivilians',
  'killedOthers', 'woundedPeacekeepers', 'woundedCivilians', 'woundedOthers', 'status', 'priority', 'category', 'target',
  'assignee', 'description'];
const CODED_FIELDS = ['status', 'priority', 'category', 'target'];

async function showHistory() {
  const changes = await call(`/api/v1/missions/${state.missionId}/incidents/${state.current.id}/history`);
  const value = (c, v) => (v === null || v === undefined || v === '' ? t('list.nothing')
    : CODED_FIELDS.includes(c.field) ? words(c.field, v) : v);
  const field = name => (FIELDS.includes(name) ? t(`list.field.${name}`) : name);
  byId('history').replaceChildren(...changes.map(c =>
    text('li', `${c.changedAt.slice(0, 16).replace('T', ' ')}, ${c.changedBy}: `
      + t('list.change', { field: field(c.field), from: value(c, c.oldValue), to: value(c, c.newValue) }))));
}

byId('triage').addEventListener('submit', event => {
  event.preventDefault();
  const update = {
    status: byId('triage-status').value,
    priority: byId('triage-priority').value,
    assignee: byId('triage-assignee').value
  };
  if (byId('triage-status').value === 'DUPLICATE') update.duplicateOf = Number(byId('triage-duplicate').value) || null;
  saveTriage(update, 'triage-message');
});

byId('assign-me').addEventListener('click', () => { byId('triage-assignee').value = state.me.username; });

byId('comment-form').addEventListener('submit', async event => {
  event.preventDefault();
  try {
    await call(`/api/v1/missions/${state.missionId}/incidents/${state.current.id}/comments`,
      { method: 'POST', body: JSON.stringify({ text: byId('comment-text').value }) });
  } catch (error) {
    // The text stays in its box, with why it was refused.
    byId('comment-message').textContent = t('list.notAdded', { error: error.message });
    return;
  }
  byId('comment-text').value = '';
  byId('comment-message').textContent = '';
  await showComments();
});

byId('filters').addEventListener('submit', async event => {
  event.preventDefault();
  state.page = 0;
  try {
    await Promise.all([showList(), showChart()]);
  } catch (error) {
    // A refused filter does not leave the old list looking like its answer.
    document.querySelector('#incident-table tbody').replaceChildren();
    byId('summary').textContent = t('list.refused', { error: error.message });
  }
});
byId('previous-page').addEventListener('click', () => { state.page--; showList(); });
byId('next-page').addEventListener('click', () => { state.page++; showList(); });

function fill(select, values, kind) {
  for (const value of values) {
    const option = text('option', kind ? words(kind, value) : value);
    option.value = value;
    select.append(option);
  }
}

async function start() {
  const [missions, me] = await Promise.all([call('/api/v1/missions'), call('/api/v1/me')]);
  state.me = me;
  const mission = await chooseMission(missions);
  state.missionId = mission.id;
  byId('mission-name').textContent = mission.name;
  const [overview, workflow] = await Promise.all([call(`/api/v1/missions/${mission.id}`),
    call(`/api/v1/missions/${mission.id}/incidents/workflow`)]);
  state.workflow = workflow;
  fill(byId('category'), INCIDENT_CATEGORIES, 'category');
  fill(byId('correct-category'), INCIDENT_CATEGORIES, 'category');
  fill(byId('correct-target'), TARGETS, 'target');
  fill(byId('status'), Object.keys(workflow), 'status');
  fill(byId('sector'), overview.sectors.map(s => s.name));
  const params = new URLSearchParams(location.search);
  for (const id of ['from', 'to', 'category', 'status', 'sector']) if (params.get(id)) byId(id).value = params.get(id);
  await Promise.all([showList(), showChart()]);
  // Opened from a map point or an alert: the incident's detail at once.
  if (params.get('incident')) await open(Number(params.get('incident')));
}

// Incidents logged on this device and not yet sent, counted in the header.
showOutboxCount(outbox);
start().catch(error => { byId('summary').textContent = t('list.couldNotLoad', { error: error.message }); });
