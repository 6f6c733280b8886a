// The incident list of the Joint Operations Centre: filter, sort, page, open, triage, comment.
'use strict';

const state = { missionId: null, page: 0, size: 50, workflow: {}, me: null, current: null, unread: new Set() };
const $ = id => document.getElementById(id);

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content ?? '';
  if (className) element.className = className;
  return element;
}

const words = value => (value || '').replaceAll('_', ' ').toLowerCase();

function query() {
  const params = new URLSearchParams();
  for (const id of ['from', 'to', 'category', 'status', 'sector', 'sort']) {
    if ($(id).value) params.set(id, $(id).value);
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
  $('chart-csv').href = url.replace('/counts?', '/counts.csv?');
  const counts = await call(url);
  const months = [...new Set(counts.map(c => c.month))].sort();
  const categories = [...new Set(counts.map(c => c.area))];
  const value = (category, month) => (counts.find(c => c.area === category && c.month === month) || {}).incidents || 0;
  const killed = months.map(month => counts.filter(c => c.month === month).reduce((sum, c) => sum + c.killed, 0));
  const datasets = categories.map(category => ({
    type: 'bar', label: words(category), data: months.map(month => value(category, month)),
    backgroundColor: CATEGORY_COLOURS[category], stack: 'incidents', yAxisID: 'incidents'
  }));
  datasets.push({ type: 'line', label: 'killed', data: killed, borderColor: '#1d2733', pointRadius: 0, yAxisID: 'killed' });
  if (chart) chart.destroy();
  chart = new Chart($('monthly-chart'), {
    data: { labels: months, datasets },
    options: {
      animation: false,
      scales: {
        x: { stacked: true }, incidents: { stacked: true, position: 'left', title: { display: true, text: 'incidents' } },
        killed: { position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'killed' } }
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
    }
  });
}

async function showList() {
  const params = query();
  const base = `/api/v1/missions/${state.missionId}/incidents`;
  $('export-csv').href = `${base}.csv?${params}`;
  $('export-geojson').href = `${base}.geojson?${params}`;
  params.set('page', state.page);
  params.set('size', state.size);
  const page = await call(`${base}?${params}`);
  state.unread = new Set(page.unread);
  const first = page.total === 0 ? 0 : state.page * state.size + 1;
  $('summary').textContent = `${page.total.toLocaleString('en')} incidents; ${first.toLocaleString('en')}–`
    + `${(state.page * state.size + page.items.length).toLocaleString('en')} shown, ${page.unread.length} unread on this page.`;
  $('page-label').textContent = `page ${state.page + 1} of ${Math.max(1, Math.ceil(page.total / state.size))}`;
  $('previous-page').disabled = state.page === 0;
  $('next-page').disabled = (state.page + 1) * state.size >= page.total;
  document.querySelector('#incident-table tbody').replaceChildren(...page.items.map(row));
}

function row(incident) {
  const tr = document.createElement('tr');
  tr.dataset.id = incident.id;
  const unread = state.unread.has(incident.id);
  if (unread) tr.classList.add('unread');
  const killed = ['killedPeacekeepers', 'killedCivilians', 'killedOthers']
    .reduce((sum, key) => sum + (incident.casualties[key] || 0), 0);
  tr.append(text('td', unread ? '●' : '', 'unread-mark'), text('td', incident.occurredOn), text('td', words(incident.category)),
    text('td', words(incident.target)), text('td', incident.sector), text('td', incident.locationName),
    text('td', killed, 'num'), text('td', words(incident.status)), text('td', words(incident.priority)),
    text('td', incident.assignee));
  tr.addEventListener('click', () => open(incident.id));
  return tr;
}

const CATEGORIES = ['EXPLOSIVE_DEVICE', 'AMBUSH', 'COMPLEX_ATTACK', 'SUICIDE_OR_VEHICLE_BORNE_ATTACK', 'INDIRECT_FIRE',
  'ARMED_CLASH', 'ATTACK_ON_CIVILIANS', 'ABDUCTION', 'HUMAN_RIGHTS_VIOLATION', 'DEMONSTRATION', 'OTHER'];
const TARGETS = ['UN', 'CIVILIANS', 'NATIONAL_FORCES', 'ARMED_GROUPS', 'UNKNOWN'];
// Who may change incidents (AccessRules.INCIDENT_WRITERS) and delete them (AccessRules.ADMINISTRATORS).
const WRITERS = ['OPERATIONS_OFFICER', 'MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR'];
const DELETERS = ['MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR'];
const may = roles => state.me.roles.some(role => roles.includes(role));

function counts(casualties, kind) {
  return ['Peacekeepers', 'Civilians', 'Others']
    .map(who => `${casualties[kind + who] ?? '?'} ${who.toLowerCase()}`).join(', ');
}

async function open(id) {
  const incident = await call(`/api/v1/missions/${state.missionId}/incidents/${id}`);
  state.current = incident;
  const line = document.querySelector(`#incident-table tr[data-id="${id}"]`);
  if (line) { line.classList.remove('unread'); line.firstChild.textContent = ''; }
  $('detail-title').textContent = `${words(incident.category)}, ${incident.occurredOn}`;
  const facts = $('detail-facts');
  facts.replaceChildren();
  const add = (term, value) => { if (value !== null && value !== undefined && value !== '') facts.append(text('dt', term), text('dd', value)); };
  // Every field the report holds, in words.
  add('When', `${incident.occurredOn}${incident.occurredUntil ? ` to ${incident.occurredUntil}` : ''}`
    + `${incident.occurredTime ? `, ${incident.occurredTime.slice(0, 5)} UTC` : ''} (known to ${words(incident.timePrecision)})`);
  add('Place', `${incident.locationName || ''} (${incident.position.lat.toFixed(3)}, ${incident.position.lon.toFixed(3)}; ${words(incident.positionPrecision)})`);
  add('Sector', incident.sector);
  add('Target', words(incident.target));
  add('Perpetrator', incident.perpetrator);
  add('Other side', incident.otherSide);
  add('Killed', counts(incident.casualties, 'killed'));
  add('Wounded', counts(incident.casualties, 'wounded'));
  add('Description', incident.description);
  add('Source', `${incident.source} ${incident.sourceId}`);
  add('Logged', incident.createdBy ? `by ${incident.createdBy}${incident.createdAt ? `, ${incident.createdAt.slice(0, 16).replace('T', ' ')}` : ''}` : '');
  add('Status', `${words(incident.status)}, priority ${words(incident.priority)}${incident.assignee ? `, with ${incident.assignee}` : ''}`);
  if (incident.duplicateOf) add('Duplicate of', `incident ${incident.duplicateOf}`);
  if (incident.suspectedDuplicateOf) add('Looks like', `incident ${incident.suspectedDuplicateOf} of another source`);
  const statuses = [incident.status, ...(state.workflow[incident.status] || [])];
  $('triage-status').replaceChildren(...statuses.map(status => {
    const option = text('option', words(status));
    option.value = status;
    return option;
  }));
  $('triage-status').value = incident.status;
  $('triage-duplicate').value = incident.duplicateOf || '';
  $('triage-priority').value = incident.priority;
  $('triage-assignee').value = incident.assignee || '';
  $('triage-message').textContent = '';
  // Merging a suspected duplicate: this report becomes a duplicate of the other source's.
  const merge = $('merge-suspected');
  merge.hidden = !incident.suspectedDuplicateOf || incident.status === 'DUPLICATE'
    || !statuses.includes('DUPLICATE');
  merge.textContent = `Merge into incident ${incident.suspectedDuplicateOf}`;
  $('correct-category').value = incident.category;
  $('correct-target').value = incident.target;
  $('correct-description').value = incident.description || '';
  $('correct-day').value = incident.occurredOn;
  $('correct-lat').value = incident.position.lat;
  $('correct-lon').value = incident.position.lon;
  $('correct-place').value = incident.locationName || '';
  for (const count of COUNTS) $(`correct-${count}`).value = incident.casualties[count] ?? '';
  for (const id of ['correct-message', 'delete-message', 'comment-message']) $(id).textContent = '';
  // Controls the account cannot use are not shown.
  $('triage').hidden = !may(WRITERS);
  $('correct-panel').hidden = !may(WRITERS);
  $('comment-form').hidden = !may(WRITERS);
  $('delete-panel').hidden = !may(DELETERS);
  $('detail').hidden = false;
  // On a narrow screen the detail comes after the list: bring it into view.
  if ($('detail').getBoundingClientRect().top > window.innerHeight) $('detail').scrollIntoView({ block: 'start' });
  await Promise.all([showComments(), showHistory()]);
}

$('close-detail').addEventListener('click', () => { $('detail').hidden = true; state.current = null; });

async function saveTriage(update, message) {
  try {
    await call(`/api/v1/missions/${state.missionId}/incidents/${state.current.id}`,
      { method: 'PATCH', body: JSON.stringify({ version: state.current.version, ...update }) });
    await Promise.all([showList(), showChart()]);
    await open(state.current.id);
    $(message).textContent = 'Saved.';
  } catch (error) {
    $(message).textContent = 'Not saved: ' + error.message;
    if (error.problem.confirmable) {
      // Unlikely but possible (hundreds of casualties, a day before the data begin): the person may confirm.
      const anyway = Object.assign(document.createElement('button'),
        { type: 'button', id: 'correct-anyway', textContent: 'It is right: save it anyway' });
      anyway.addEventListener('click', () => saveTriage({ ...update, confirmed: true }, message));
      $(message).append(' ', anyway);
    }
  }
}

const COUNTS = ['killedPeacekeepers', 'killedCivilians', 'killedOthers', 'woundedPeacekeepers', 'woundedCivilians',
  'woundedOthers'];

/** The corrections of what happened, only those that differ from what is stored. */
function correctedFacts(incident) {
  const facts = {};
  if ($('correct-day').value !== incident.occurredOn) facts.occurredOn = $('correct-day').value;
  const lat = Number($('correct-lat').value);
  const lon = Number($('correct-lon').value);
  if (lat !== incident.position.lat || lon !== incident.position.lon) facts.position = { lat, lon };
  if ($('correct-place').value.trim() !== (incident.locationName || '')) facts.locationName = $('correct-place').value;
  const casualties = Object.fromEntries(COUNTS.map(count =>
    [count, $(`correct-${count}`).value === '' ? null : Number($(`correct-${count}`).value)]));
  if (COUNTS.some(count => casualties[count] !== (incident.casualties[count] ?? null))) facts.casualties = casualties;
  return facts;
}

$('merge-suspected').addEventListener('click', () =>
  saveTriage({ status: 'DUPLICATE', duplicateOf: state.current.suspectedDuplicateOf }, 'triage-message'));

$('correct').addEventListener('submit', event => {
  event.preventDefault();
  saveTriage({ category: $('correct-category').value, target: $('correct-target').value,
    description: $('correct-description').value, ...correctedFacts(state.current) }, 'correct-message');
});

$('delete-incident').addEventListener('click', async () => {
  if (!confirm(`Delete incident ${state.current.id} (${words(state.current.category)}, ${state.current.occurredOn})?`
    + ' The audit log keeps what it said.')) return;
  try {
    await call(`/api/v1/missions/${state.missionId}/incidents/${state.current.id}`, { method: 'DELETE' });
    $('detail').hidden = true;
    state.current = null;
    await Promise.all([showList(), showChart()]);
  } catch (error) {
    $('delete-message').textContent = 'Not deleted: ' + error.message;
  }
});

async function showComments() {
  const comments = await call(`/api/v1/missions/${state.missionId}/incidents/${state.current.id}/comments`);
  $('comments').replaceChildren(...comments.map(c => text('li', `${c.author}, ${c.writtenAt.slice(0, 16).replace('T', ' ')}: ${c.text}`)));
}

/** The history's field names in words; fields holding codes have their values in words too. */
const FIELD_WORDS = { duplicateOf: 'duplicate of', occurredOn: 'day', position: 'place (latitude, longitude)',
  locationName: 'place name', killedPeacekeepers: 'peacekeepers killed', killedCivilians: 'civilians killed',
  killedOthers: 'others killed', woundedPeacekeepers: 'peacekeepers wounded', woundedCivilians: 'civilians wounded',
  woundedOthers: 'others wounded' };
const CODED_FIELDS = ['status', 'priority', 'category', 'target'];

async function showHistory() {
  const changes = await call(`/api/v1/missions/${state.missionId}/incidents/${state.current.id}/history`);
  const value = (c, v) => (v === null || v === undefined || v === '' ? 'nothing'
    : CODED_FIELDS.includes(c.field) ? words(v) : v);
  $('history').replaceChildren(...changes.map(c =>
    text('li', `${c.changedAt.slice(0, 16).replace('T', ' ')}, ${c.changedBy}: ${FIELD_WORDS[c.field] || c.field} `
      + `from ${value(c, c.oldValue)} to ${value(c, c.newValue)}`)));
}

$('triage').addEventListener('submit', event => {
  event.preventDefault();
  const update = {
    status: $('triage-status').value,
    priority: $('triage-priority').value,
    assignee: $('triage-assignee').value
  };
  if ($('triage-status').value === 'DUPLICATE') update.duplicateOf = Number($('triage-duplicate').value) || null;
  saveTriage(update, 'triage-message');
});

$('assign-me').addEventListener('click', () => { $('triage-assignee').value = state.me.username; });

$('comment-form').addEventListener('submit', async event => {
  event.preventDefault();
  try {
    await call(`/api/v1/missions/${state.missionId}/incidents/${state.current.id}/comments`,
      { method: 'POST', body: JSON.stringify({ text: $('comment-text').value }) });
  } catch (error) {
    // The text stays in its box, with why it was refused.
    $('comment-message').textContent = 'Not added: ' + error.message;
    return;
  }
  $('comment-text').value = '';
  $('comment-message').textContent = '';
  await showComments();
});

$('filters').addEventListener('submit', async event => {
  event.preventDefault();
  state.page = 0;
  try {
    await Promise.all([showList(), showChart()]);
  } catch (error) {
    // A refused filter does not leave the old list looking like its answer.
    document.querySelector('#incident-table tbody').replaceChildren();
    $('summary').textContent = 'The filter was refused: ' + error.message;
  }
});
$('previous-page').addEventListener('click', () => { state.page--; showList(); });
$('next-page').addEventListener('click', () => { state.page++; showList(); });

function fill(select, values) {
  for (const value of values) {
    const option = text('option', words(value));
    option.value = value;
    select.append(option);
  }
}

async function start() {
  const [missions, me] = await Promise.all([call('/api/v1/missions'), call('/api/v1/me')]);
  state.me = me;
  const mission = await chooseMission(missions);
  state.missionId = mission.id;
  $('mission-name').textContent = mission.name;
  const [overview, workflow] = await Promise.all([call(`/api/v1/missions/${mission.id}`),
    call(`/api/v1/missions/${mission.id}/incidents/workflow`)]);
  state.workflow = workflow;
  fill($('category'), CATEGORIES);
  fill($('correct-category'), CATEGORIES);
  fill($('correct-target'), TARGETS);
  fill($('status'), Object.keys(workflow));
  fill($('sector'), overview.sectors.map(s => s.name));
  const params = new URLSearchParams(location.search);
  for (const id of ['from', 'to', 'category', 'status', 'sector']) if (params.get(id)) $(id).value = params.get(id);
  await Promise.all([showList(), showChart()]);
  // Opened from a map point or an alert: the incident's detail at once.
  if (params.get('incident')) await open(Number(params.get('incident')));
}

start().catch(error => { $('summary').textContent = 'Could not load the incidents: ' + error.message; });
