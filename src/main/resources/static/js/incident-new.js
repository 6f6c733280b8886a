// Logging one incident: every field checked in the browser, the server's verdict shown at the field it names.
import { call } from './api.js';
import { LANG, dayText, t, tCount, translate } from './i18n.js';
import { INCIDENT_CATEGORIES, byId, chooseMission, plainText, showOutboxCount, startPlaceSearch } from './nav.js';
import { drawGeography, drawTowns, newMap } from './basemap.js';
import { outbox } from './outbox.js';

translate();
const form = byId('incident-form');
const map = newMap('pick-map');
// The browser tests click the map through Leaflet, as a person's tap would.
window.map = map;
let marker = null;
let missionId;


function place(lat, lon) {
  byId('lat').value = lat.toFixed(5);
  byId('lon').value = lon.toFixed(5);
  if (marker) marker.setLatLng([lat, lon]); else marker = L.marker([lat, lon]).addTo(map);
}

map.on('click', event => place(event.latlng.lat, event.latlng.lng));
for (const id of ['lat', 'lon']) {
  byId(id).addEventListener('change', () => {
    if (byId('lat').checkValidity() && byId('lon').checkValidity() && byId('lat').value && byId('lon').value) {
      place(Number(byId('lat').value), Number(byId('lon').value));
    }
  });
}

function clearErrors() {
  form.querySelectorAll('.invalid').forEach(element => element.classList.remove('invalid'));
  byId('form-message').textContent = '';
}

function fail(field, message) {
  const input = byId(field);
  if (input) {
    input.classList.add('invalid');
    input.focus();
  }
  byId('form-message').textContent = message;
}

const number = id => (byId(id).value === '' ? null : Number(byId(id).value));
const textOrNull = id => (byId(id).value.trim() === '' ? null : byId(id).value.trim());

function report() {
  return {
    source: byId('source').value.trim(),
    sourceId: textOrNull('sourceId') || `${byId('source').value.trim()}-${Date.now()}-${Math.floor(Math.random() * 1000)}`,
    occurredOn: byId('occurredOn').value,
    occurredUntil: textOrNull('occurredUntil'),
    occurredTime: textOrNull('occurredTime'),
    timePrecision: byId('occurredTime').value ? 'EXACT' : byId('timePrecision').value,
    position: { lat: Number(byId('lat').value), lon: Number(byId('lon').value) },
    positionPrecision: byId('positionPrecision').value,
    locationName: textOrNull('locationName'),
    category: byId('category').value,
    target: byId('target').value,
    perpetrator: textOrNull('perpetrator'),
    otherSide: textOrNull('otherSide'),
    casualties: Object.fromEntries(['killedPeacekeepers', 'killedCivilians', 'killedOthers', 'woundedPeacekeepers',
      'woundedCivilians', 'woundedOthers'].map(id => [id, number(id)])),
    description: textOrNull('description')
  };
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  clearErrors();
  const invalid = [...form.querySelectorAll('input, select, textarea')].find(element => !element.checkValidity());
  if (invalid) {
    const name = invalid.labels[0] ? invalid.labels[0].firstChild.textContent.trim()
      : invalid.getAttribute('aria-label') || invalid.id;
    fail(invalid.id, `${name}: ${invalid.validationMessage}`);
    return;
  }
  await send(false);
});

// The API's field names, where the form's inputs are named otherwise.
const FIELD_INPUTS = { position: 'lat', casualties: 'killedCivilians' };

/**
 * Sends the report; an unlikely one (a day before the mission's data, hundreds of casualties) comes back with the
 * question, and a button sends it again confirmed.
 */
async function send(confirmed) {
  const logged = report();
  let response;
  try {
    const token = await fetch('/api/v1/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    if (!token.ok) throw new TypeError(`no token: ${token.status}`);
    const csrf = await token.json();
    response = await fetch(`/api/v1/missions/${missionId}/incidents${confirmed ? '?confirmed=true' : ''}`, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest',
          [csrf.headerName]: csrf.token },
      body: JSON.stringify(logged)
    });
  } catch (noConnection) {
    await keepOffline(logged);
    return;
  }
  const body = await response.json();
  if (!response.ok) {
    // The API names the field at fault; the position's fields are lat and lon.
    fail(FIELD_INPUTS[body.field] || body.field, body.detail || t('incidentNew.serverAnswered', { status: response.status }));
    if (body.confirmable) {
      const anyway = Object.assign(document.createElement('button'),
        { type: 'button', id: 'confirm-anyway', textContent: t('incidentNew.confirmAnyway') });
      anyway.addEventListener('click', () => { clearErrors(); send(true); });
      byId('form-message').append(' ', anyway);
    }
    return;
  }
  byId('form-message').replaceChildren(`${t('incidentNew.logged', { id: body.id, sector: body.sector || t('incidentNew.outsideArea') })} `,
    Object.assign(document.createElement('a'), { href: `/incidents.html?from=${body.occurredOn}&to=${body.occurredOn}`,
      textContent: t('incidentNew.seeInList') }));
  form.reset();
  byId('occurredOn').value = new Date().toISOString().slice(0, 10);
}

let me = null;

/** No connection: the report waits on the device, under its own reference, and the form is ready for the next. */
async function keepOffline(logged) {
  if (!me) {
    byId('form-message').textContent = t('outbox.unknownAccount');
    return;
  }
  await outbox.keep(missionId, me.username, logged);
  form.reset();
  byId('occurredOn').value = new Date().toISOString().slice(0, 10);
  byId('form-message').textContent = t('outbox.kept', { reference: logged.sourceId });
  await showOutbox();
}


function action(text, work) {
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
  button.addEventListener('click', async () => { await work(); await sendOutbox(); });
  return button;
}

/** What to do with a report the server did not take, in the person's words. */
function actions(item) {
  switch (item.state) {
    case 'conflict':
      return [action(t('outbox.sameIncident'), () => outbox.remove(item.key)),
        action(t('outbox.anotherIncident'), () => outbox.renumber(item))];
    case 'confirm':
      return [action(t('outbox.sendAnyway'), () => outbox.post(item, true)),
        action(t('outbox.remove'), () => outbox.remove(item.key))];
    case 'refused':
      return [action(t('outbox.tryAgain'), () => outbox.put({ ...item, state: 'waiting', reason: null })),
        action(t('outbox.remove'), () => outbox.remove(item.key))];
    default:
      return [];
  }
}

/** The outbox as a list: each report's state, what it says, and the choices it needs. */
async function showOutbox(note) {
  const items = (await outbox.all()).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  byId('outbox').hidden = items.length === 0;
  byId('outbox-list').replaceChildren(...items.map(item => {
    const li = document.createElement('li');
    li.dataset.state = item.state;
    const state = Object.assign(document.createElement('span'),
      { className: 'state', textContent: t(`outbox.state.${item.state}`) });
    const r = item.report;
    li.append(state, `${dayText(r.occurredOn)} · ${t(`category.${r.category}`)} · `
      + `${r.locationName || `${r.position.lat}, ${r.position.lon}`} · ${r.source} ${r.sourceId}`);
    if (me && item.username !== me.username) li.append(` · ${t('outbox.loggedBy', { username: item.username })}`);
    if (item.reason) li.append(Object.assign(document.createElement('p'), { textContent: item.reason }));
    li.append(...actions(item));
    return li;
  }));
  const waiting = items.filter(item => item.state === 'waiting').length;
  if (note !== undefined) byId('outbox-status').textContent = note;
  else if (!waiting) byId('outbox-status').textContent = '';
  showOutboxCount(outbox);
  return waiting;
}

/** Sends what waits, and says how it went. */
async function sendOutbox() {
  if (!me) return;
  const result = await outbox.sendWaiting(me.username);
  const time = new Date().toLocaleTimeString(LANG, { hour: '2-digit', minute: '2-digit' });
  let note = result.sent ? `${tCount('outbox.sent', result.sent, { time })} ` : '';
  if (result.offline) note += t('outbox.offline', { time });
  if (result.loggedOut) note += t('outbox.loggedOut');
  await showOutbox(note);
}

/**
 * What the form needs with no connection, kept the first time it opens with one: the first visit's requests are made
 * before the service worker is in charge, so the page puts them in the worker's cache (CACHE in sw.js) itself.
 */
async function keepForOffline(urls) {
  if (!window.caches) return;
  try {
    const cache = await caches.open('bluehelmet-pages-v1');
    await cache.addAll(urls);
  } catch (error) {
    console.warn('Not kept for offline use:', error.message);
  }
}

/** The place search: a choice puts the incident there, with the place's name. */
function placeSearch(offlinePlaces) {
  startPlaceSearch(missionId, byId('place-search'), byId('place-results'), match => {
    byId('place-search').value = '';
    place(match.position.lat, match.position.lon);
    byId('locationName').value = match.name;
    map.setView([match.position.lat, match.position.lon], 9);
  }, offlinePlaces);
}

async function start() {
  const missions = await call('/api/v1/missions');
  const mission = await chooseMission(missions);
  missionId = mission.id;
  byId('mission-name').textContent = mission.name;
  let known = [];
  placeSearch(() => known);
  // No category is chosen for the reporter: the list starts empty and one must be picked.
  byId('category').append(Object.assign(document.createElement('option'), { value: '', textContent: t('incidentNew.chooseCategory') }));
  for (const category of INCIDENT_CATEGORIES) {
    const option = document.createElement('option');
    option.value = category;
    option.textContent = t(`category.${category}`);
    byId('category').append(option);
  }
  byId('occurredOn').value = new Date().toISOString().slice(0, 10);
  byId('occurredOn').max = byId('occurredOn').value;
  const layers = await call(`/api/v1/missions/${missionId}/map-layers`);
  drawGeography(map, layers.geography);
  drawTowns(map, layers.places);
  const outline = L.geoJSON(layers.outline,
    { style: { color: '#1d2733', weight: 2, fill: false }, interactive: false }).addTo(map);
  map.fitBounds(outline.getBounds());
  const sites = await call(`/api/v1/missions/${missionId}/sites`);
  sites.forEach(site => L.circleMarker([site.position.lat, site.position.lon], { radius: 4, color: '#418fde' })
    .bindTooltip(plainText(site.name)).addTo(map));
  known = [...(layers.places || []).map(p => ({ ...p, kind: 'place' })),
    ...sites.map(site => ({ name: site.name, position: site.position, kind: 'site' }))];
  keepForOffline(['/api/v1/missions', '/api/v1/me', `/api/v1/missions/${missionId}/map-layers`,
    `/api/v1/missions/${missionId}/sites`]);
}

async function startOutbox() {
  try {
    me = await call('/api/v1/me');
  } catch (unknown) {
    me = null;
  }
  byId('outbox-send').addEventListener('click', sendOutbox);
  window.addEventListener('online', sendOutbox);
  setInterval(async () => { if (await showOutbox() > 0) await sendOutbox(); }, 30000);
  await showOutbox();
  await sendOutbox();
}

start().catch(error => { byId('form-message').textContent = t('incidentNew.couldNotLoad', { error: error.message }); });
startOutbox().catch(error => { byId('outbox-status').textContent = t('outbox.unreadable', { error: error.message }); });
