// Logging one incident: every field checked in the browser, the server's verdict shown at the field it names.
'use strict';

const $ = id => document.getElementById(id);
const form = $('incident-form');
const map = L.map('pick-map');
let marker = null;
let missionId;

const CATEGORIES = ['EXPLOSIVE_DEVICE', 'AMBUSH', 'COMPLEX_ATTACK', 'SUICIDE_OR_VEHICLE_BORNE_ATTACK', 'INDIRECT_FIRE',
  'ARMED_CLASH', 'ATTACK_ON_CIVILIANS', 'ABDUCTION', 'HUMAN_RIGHTS_VIOLATION', 'DEMONSTRATION', 'OTHER'];

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function place(lat, lon) {
  $('lat').value = lat.toFixed(5);
  $('lon').value = lon.toFixed(5);
  if (marker) marker.setLatLng([lat, lon]); else marker = L.marker([lat, lon]).addTo(map);
}

map.on('click', event => place(event.latlng.lat, event.latlng.lng));
for (const id of ['lat', 'lon']) {
  $(id).addEventListener('change', () => {
    if ($('lat').checkValidity() && $('lon').checkValidity() && $('lat').value && $('lon').value) {
      place(Number($('lat').value), Number($('lon').value));
    }
  });
}

function clearErrors() {
  form.querySelectorAll('.invalid').forEach(element => element.classList.remove('invalid'));
  $('form-message').textContent = '';
}

function fail(field, message) {
  const input = $(field);
  if (input) {
    input.classList.add('invalid');
    input.focus();
  }
  $('form-message').textContent = message;
}

const number = id => ($(id).value === '' ? null : Number($(id).value));
const textOrNull = id => ($(id).value.trim() === '' ? null : $(id).value.trim());

function report() {
  return {
    source: $('source').value.trim(),
    sourceId: textOrNull('sourceId') || `${$('source').value.trim()}-${Date.now()}-${Math.floor(Math.random() * 1000)}`,
    occurredOn: $('occurredOn').value,
    occurredUntil: textOrNull('occurredUntil'),
    occurredTime: textOrNull('occurredTime'),
    timePrecision: $('occurredTime').value ? 'EXACT' : $('timePrecision').value,
    position: { lat: Number($('lat').value), lon: Number($('lon').value) },
    positionPrecision: $('positionPrecision').value,
    locationName: textOrNull('locationName'),
    category: $('category').value,
    target: $('target').value,
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
  const csrf = await getJson('/api/v1/csrf');
  const response = await fetch(`/api/v1/missions/${missionId}/incidents${confirmed ? '?confirmed=true' : ''}`, {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', [csrf.headerName]: csrf.token },
    body: JSON.stringify(report())
  });
  const body = await response.json();
  if (!response.ok) {
    // The API names the field at fault; the position's fields are lat and lon.
    fail(FIELD_INPUTS[body.field] || body.field, body.detail || `The server answered ${response.status}.`);
    if (body.confirmable) {
      const anyway = Object.assign(document.createElement('button'),
        { type: 'button', id: 'confirm-anyway', textContent: 'It is right: log it anyway' });
      anyway.addEventListener('click', () => { clearErrors(); send(true); });
      $('form-message').append(' ', anyway);
    }
    return;
  }
  $('form-message').replaceChildren(`Logged as incident ${body.id} in sector ${body.sector || 'outside the mission area'}. `,
    Object.assign(document.createElement('a'), { href: `/incidents.html?from=${body.occurredOn}&to=${body.occurredOn}`,
      textContent: 'See it in the list' }));
  form.reset();
  $('occurredOn').value = new Date().toISOString().slice(0, 10);
}

/** The place search: a choice puts the incident there, with the place's name. */
function placeSearch() {
  startPlaceSearch(missionId, $('place-search'), $('place-results'), match => {
    $('place-search').value = '';
    place(match.position.lat, match.position.lon);
    $('locationName').value = match.name;
    map.setView([match.position.lat, match.position.lon], 9);
  });
}

async function start() {
  const missions = await getJson('/api/v1/missions');
  const mission = await chooseMission(missions);
  missionId = mission.id;
  $('mission-name').textContent = mission.name;
  placeSearch();
  // No category is chosen for the reporter: the list starts empty and one must be picked.
  $('category').append(Object.assign(document.createElement('option'), { value: '', textContent: 'choose…' }));
  for (const category of CATEGORIES) {
    const option = document.createElement('option');
    option.value = category;
    option.textContent = category.replaceAll('_', ' ').toLowerCase();
    $('category').append(option);
  }
  $('occurredOn').value = new Date().toISOString().slice(0, 10);
  $('occurredOn').max = $('occurredOn').value;
  const layers = await getJson(`/api/v1/missions/${missionId}/map-layers`);
  drawGeography(map, layers.geography);
  drawTowns(map, layers.places);
  const outline = L.geoJSON(layers.outline,
    { style: { color: '#1d2733', weight: 2, fill: false }, interactive: false }).addTo(map);
  map.fitBounds(outline.getBounds());
  const sites = await getJson(`/api/v1/missions/${missionId}/sites`);
  sites.forEach(site => L.circleMarker([site.position.lat, site.position.lon], { radius: 4, color: '#418fde' })
    .bindTooltip(plainText(site.name)).addTo(map));
}

start().catch(error => { $('form-message').textContent = 'Could not load the form: ' + error.message; });
