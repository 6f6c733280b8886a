// The deployment map: a mission's sites on a date, sized by troops and coloured by sector, with the
// sector table beside it. No tile server: the base is the host country's outline and the sector areas,
// so the page works on a closed network.
import { call } from './api.js';
import { LANG, monthText, t, translate } from './i18n.js';
import { chooseMission, dataLabel, dataText, plainText, startPlaceSearch, text } from './nav.js';
import { drawGeography, drawTowns, escapedHtml, geographyLegend, newMap } from './basemap.js';

translate();

const SECTOR_COLOURS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];
export const state = { missionId: null, maps: [], index: 0, colours: {}, siteLayer: null, selectedSite: null };
export const map = newMap('map', { zoomSnap: 0.25 });
// The browser tests move and click the map through Leaflet, as a person's gestures would.
window.map = map;

function percent(share) {
  return share.toLocaleString(LANG, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

async function start() {
  const missions = await call('/api/v1/missions');
  if (missions.length === 0) {
    document.getElementById('mission-name').textContent = t('map.noMission');
    return;
  }
  const mission = await chooseMission(missions);
  state.missionId = mission.id;
  const overview = await call(`/api/v1/missions/${mission.id}`);
  document.getElementById('mission-name').textContent = `${overview.name} — ${overview.fullName}`;
  overview.sectors.forEach((sector, i) => state.colours[sector.name] = SECTOR_COLOURS[i % SECTOR_COLOURS.length]);
  showSources(overview.sources);
  state.overview = overview;
  // The maps first: drawing the base moves the map, and the incidents drawn then need the month.
  state.maps = overview.deploymentMaps;
  const at = new URLSearchParams(location.search).get('at');
  const wanted = state.maps.findIndex(m => m.month === at);
  state.index = wanted >= 0 ? wanted : state.maps.length - 1;
  await drawBase(mission.id);
  placeSearch();
  const slider = document.getElementById('month-slider');
  slider.max = Math.max(0, state.maps.length - 1);
  slider.value = state.index;
  slider.addEventListener('input', () => showMap(Number(slider.value)));
  document.getElementById('previous').addEventListener('click', () => showMap(Math.max(0, state.index - 1)));
  document.getElementById('next').addEventListener('click', () => showMap(Math.min(state.maps.length - 1, state.index + 1)));
  document.getElementById('sectors-geojson').href = `/api/v1/missions/${mission.id}/sectors.geojson`;
  await showMap(state.index);
}

async function drawBase(missionId) {
  // Drawn, not downloaded: the layers come from map-layers, which is not logged as an export.
  const { outline, sectors, places, geography } = await call(`/api/v1/missions/${missionId}/map-layers`);
  state.geography = drawGeography(map, geography);
  const sectorLayer = L.geoJSON(sectors, {
    style: f => ({ color: state.colours[f.properties.sector], weight: 1, fillOpacity: 0.12 }),
    onEachFeature: (f, layer) => layer.bindTooltip(plainText(t('map.sectorTooltip', { sector: f.properties.sector, regions: f.properties.regions.join(', ') })), { sticky: true })
  }).addTo(map);
  const outlineLayer = L.geoJSON(outline, { style: { color: '#1d2733', weight: 2, fill: false }, interactive: false }).addTo(map);
  drawTowns(map, places);
  // Distances in km, written alike in both languages.
  L.control.scale({ imperial: false }).addTo(map).getContainer().setAttribute('translate', 'no');
  drawLegend();
  state.bounds = outlineLayer.getBounds().isValid() ? outlineLayer.getBounds() : sectorLayer.getBounds();
  fitCountry();
  // The panels beside the map settle their widths once filled; fit again when the map's size changes.
  new ResizeObserver(fitCountry).observe(document.getElementById('map'));
  // Leaflet takes the attribution as HTML: the message is escaped as text.
  map.attributionControl.addAttribution(escapedHtml(t('map.attribution')));
}

/** What the colours and circle sizes mean, built as text nodes. */
function drawLegend() {
  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => {
    const box = L.DomUtil.create('div', 'map-legend');
    box.append(text('strong', t('map.sectors')));
    for (const [name, colour] of Object.entries(state.colours)) {
      const line = document.createElement('div');
      const swatch = text('span', '', 'swatch');
      swatch.style.background = colour;
      line.append(swatch, dataText('span', name));
      box.append(line);
    }
    if (state.geography.length) {
      box.append(text('strong', t('map.geography')));
      geographyLegend(box, state.geography);
    }
    box.append(text('strong', t('map.troopsAtCamp')));
    for (const troops of [100, 1000, 5000]) {
      const line = document.createElement('div');
      const ring = text('span', '', 'ring');
      const size = 2 * (4 + Math.sqrt(troops) / 3);
      ring.style.width = `${size}px`;
      ring.style.height = `${size}px`;
      line.append(ring, troops.toLocaleString(LANG));
      box.append(line);
    }
    return box;
  };
  legend.addTo(map);
}

/** The place search: a choice centres the map on the place. */
function placeSearch() {
  const input = document.getElementById('place-search');
  startPlaceSearch(state.missionId, input, document.getElementById('place-results'), match => {
    input.value = match.name;
    map.setView([match.position.lat, match.position.lon], 9);
    L.popup().setLatLng([match.position.lat, match.position.lon]).setContent(dataLabel(match.name)).openOn(map);
  });
}

function fitCountry() {
  map.invalidateSize();
  map.fitBounds(state.bounds, { padding: [8, 8] });
}

function showSources(sources) {
  const list = document.getElementById('sources');
  list.replaceChildren(...sources.map(s => {
    const item = document.createElement('li');
    item.append(dataText('span', `${s.title}. ${s.citation}`), ' ', text('span', t('map.licence', { licence: s.licence })));
    return item;
  }));
}

async function showMap(index) {
  state.index = index;
  document.getElementById('month-slider').value = index;
  const deploymentMap = state.maps[index];
  if (!deploymentMap) return;
  const at = deploymentMap.month;
  document.getElementById('month-label').textContent = monthText(at, true);
  document.getElementById('source-label').textContent = deploymentMap.source;
  const base = `/api/v1/missions/${state.missionId}`;
  document.getElementById('sites-geojson').href = `${base}/sites.geojson?at=${at}`;
  document.getElementById('sector-csv').href = `${base}/sectors/summary.csv?at=${at}`;
  const [sites, summary] = await Promise.all([call(`${base}/sites?at=${at}`), call(`${base}/sectors/summary?at=${at}`)]);
  if (state.index !== index) return; // a later step of the slider has already been asked for
  drawSites(sites);
  drawSectorTable(summary);
  showCeiling(at);
  // The alerts beside the map follow its month (early-warning.js listens).
  document.dispatchEvent(new CustomEvent('bluehelmet:map-month', { detail: at }));
  await showProtectionGap();
  await showIncidents();
  const selected = sites.find(s => s.id === state.selectedSite);
  if (selected) showSite(selected); else document.getElementById('site-details').hidden = true;
}

function drawSites(sites) {
  if (state.siteLayer) map.removeLayer(state.siteLayer);
  state.siteLayer = L.layerGroup(sites.map(site => {
    const marker = L.circleMarker([site.position.lat, site.position.lon], {
      radius: 4 + Math.sqrt(site.troops || 0) / 3,
      color: '#1d2733', weight: 1,
      fillColor: state.colours[site.sector] || '#999', fillOpacity: 0.85,
      className: 'site-marker'
    });
    marker.bindTooltip(plainText(t('map.siteTooltip', { name: site.name, troops: site.troops ?? '?' })));
    marker.on('click', () => { state.selectedSite = site.id; showSite(site); });
    return marker;
  })).addTo(map);
}

function drawSectorTable(summary) {
  const body = document.querySelector('#sector-table tbody');
  body.replaceChildren(...summary.map(row => {
    const tr = document.createElement('tr');
    tr.dataset.sector = row.sector;
    const name = document.createElement('td');
    name.setAttribute('translate', 'no');
    const swatch = text('span', '', 'swatch');
    swatch.style.background = state.colours[row.sector];
    name.append(swatch, row.sector);
    tr.append(name, text('td', row.sites, 'num'), text('td', row.troops.toLocaleString(LANG), 'num'),
      text('td', percent(row.troopShare), 'num'));
    return tr;
  }));
  document.getElementById('total-sites').textContent = summary.reduce((n, r) => n + r.sites, 0);
  document.getElementById('total-troops').textContent = summary.reduce((n, r) => n + r.troops, 0).toLocaleString(LANG);
  document.getElementById('total-share').textContent = percent(1);
}

['gap-from', 'gap-to'].forEach(id => document.getElementById(id)
  .addEventListener('change', () => { state.periodChosen = true; }));

function gapPeriod() {
  const from = document.getElementById('gap-from');
  const to = document.getElementById('gap-to');
  if (!state.periodChosen || !from.value || !to.value) {
    // By default the twelve months up to the map's date, moving with it until the user sets a period.
    const [year, month] = state.maps[state.index].month.split('-').map(Number);
    const end = new Date(Date.UTC(year, month, 0));
    const start = new Date(Date.UTC(year - 1, month, 1));
    from.value = start.toISOString().slice(0, 10);
    to.value = end.toISOString().slice(0, 10);
  }
  return { from: from.value, to: to.value };
}

// Incidents of the gap period as a layer: counts per PRIO-GRID cell for the visible box (circles or a
// heat view of shaded cells) when zoomed out, the incidents themselves when zoomed in.
const POINTS_FROM_ZOOM = 8;
let incidentLayer = null;
let incidentRequest = 0;

function incidentMode() {
  return document.querySelector('input[name=incident-layer]:checked').value;
}

async function showIncidents() {
  const request = ++incidentRequest;
  const mode = incidentMode();
  const note = document.getElementById('incident-layer-note');
  if (mode === 'none') {
    if (incidentLayer) map.removeLayer(incidentLayer);
    incidentLayer = null;
    note.textContent = '';
    return;
  }
  const { from, to } = gapPeriod();
  const b = map.getBounds();
  const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
    .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(4)).join(',');
  const base = `/api/v1/missions/${state.missionId}/incidents`;
  let layer;
  if (map.getZoom() >= POINTS_FROM_ZOOM && mode === 'cells') {
    const page = await call(`${base}?bbox=${bbox}&from=${from}&to=${to}&size=1000`);
    layer = L.layerGroup(page.items.map(i => L.circleMarker([i.position.lat, i.position.lon],
      { radius: 4, color: '#7f0000', weight: 1, fillColor: '#d73027', fillOpacity: 0.8, className: 'incident-point' })
      .bindTooltip(plainText(t(i.locationName ? 'map.incidentAt' : 'map.incident',
        { day: i.occurredOn, category: t(`category.${i.category}`), place: i.locationName || '' })))
      // A point opens its incident, with its detail beside the list.
      .on('click', () => { location.href = `/incidents.html?mission=${state.missionId}&incident=${i.id}`; })));
    note.textContent = t('map.pointsInView', { shown: page.items.length, total: page.total });
  } else {
    const cells = await call(`${base}/cells?bbox=${bbox}&from=${from}&to=${to}`);
    const most = Math.max(1, ...cells.map(c => c.incidents));
    layer = L.layerGroup(cells.map(cell => {
      const tooltip = t('map.cellTooltip', { incidents: cell.incidents, killed: cell.killed, gid: String(cell.gid) });
      if (mode === 'heat') {
        const h = 0.25;
        return L.rectangle([[cell.lat - h, cell.lon - h], [cell.lat + h, cell.lon + h]], {
          stroke: false, fillColor: '#b30000', fillOpacity: 0.1 + 0.7 * Math.sqrt(cell.incidents / most), className: 'incident-heat'
        }).bindTooltip(plainText(tooltip));
      }
      return L.circleMarker([cell.lat, cell.lon], {
        radius: 3 + 12 * Math.sqrt(cell.incidents / most), color: '#7f0000', weight: 1, fillColor: '#d73027',
        fillOpacity: 0.55, className: 'incident-cell'
      }).bindTooltip(plainText(tooltip));
    }));
    const total = cells.reduce((sum, c) => sum + c.incidents, 0);
    note.textContent = t('map.cellsInView', { total, cells: cells.length });
  }
  if (request !== incidentRequest) return; // a newer view has been asked for
  if (incidentLayer) map.removeLayer(incidentLayer);
  incidentLayer = layer.addTo(map);
  if (state.siteLayer) state.siteLayer.eachLayer(marker => marker.bringToFront());
}

document.querySelectorAll('input[name=incident-layer]').forEach(input => input.addEventListener('change', showIncidents));
map.on('moveend', () => { if (state.missionId && state.maps && state.maps[state.index]) showIncidents(); });

async function showProtectionGap() {
  const { from, to } = gapPeriod();
  const at = state.maps[state.index].month;
  const error = document.getElementById('gap-error');
  const response = await fetch(`/api/v1/missions/${state.missionId}/protection-gap?from=${from}&to=${to}&at=${at}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  if (!response.ok) {
    error.textContent = (await response.json()).detail || t('map.gapFailed', { status: response.status });
    error.hidden = false;
    return;
  }
  error.hidden = true;
  const rows = await response.json();
  document.querySelector('#gap-table tbody').replaceChildren(...rows.map(row => {
    const tr = document.createElement('tr');
    tr.dataset.sector = row.sector;
    if (row.attackShare - row.troopShare > 0.2) tr.className = 'gap-warning';
    const bars = document.createElement('div');
    bars.className = 'bars';
    for (const [kind, share] of [['attacks', row.attackShare], ['troops', row.troopShare]]) {
      const bar = text('span', '', `bar ${kind}`);
      bar.style.width = share === 0 ? '0' : `${Math.max(1, Math.round(share * 100))}%`;
      bar.title = t(kind === 'attacks' ? 'map.attacksShareTitle' : 'map.troopsShareTitle', { share: percent(share) });
      bars.append(bar);
    }
    const cell = document.createElement('td');
    cell.append(bars, text('span', t('map.gapShares', { attacks: percent(row.attackShare), troops: percent(row.troopShare) }), 'explain'));
    tr.append(dataText('td', row.sector), text('td', row.attacksOnCivilians, 'num'), cell);
    return tr;
  }));
}

document.getElementById('gap-period').addEventListener('submit', event => {
  event.preventDefault();
  showProtectionGap();
  showIncidents();
});

function showCeiling(at) {
  const day = `${at}-31`;
  const ceiling = state.overview.ceilings.filter(c => c.effectiveFrom <= day).pop();
  document.getElementById('ceiling').textContent = ceiling
    ? t('map.ceiling', { troops: ceiling.troops, police: ceiling.police, resolution: ceiling.resolution })
    : '';
}

function showSite(site) {
  const panel = document.getElementById('site-details');
  const facts = document.createElement('dl');
  const add = (term, value, data) => facts.append(text('dt', t(term)), (data ? dataText : text)('dd', value));
  add('map.fact.sector', site.sector, true);
  add('map.fact.kind', t(`siteKind.${site.kind}`));
  add('map.fact.troops', site.troops == null ? t('map.notRecorded') : site.troops.toLocaleString(LANG));
  add('map.fact.headquarters', t(`headquarters.${site.headquarters}`));
  add('map.fact.unitTypes', site.unitTypes.map(type => t(`unitType.${type}`)).join(', ') || t('map.noneRecorded'));
  if (site.countries.length) add('map.fact.countries', site.countries.join(', '), true);
  else add('map.fact.countries', t('map.noneRecorded'));
  const table = document.createElement('table');
  table.className = 'contingents';
  table.append(...site.contingents.map(c => {
    const tr = document.createElement('tr');
    tr.append(dataText('td', c.country), dataText('td', c.language || '', 'language'),
      text('td', c.troops == null ? t('map.unknown') : c.troops.toLocaleString(LANG), 'num'));
    return tr;
  }));
  panel.replaceChildren(dataText('h3', site.name), facts, text('h4', t('map.contingents')), table,
    text('p', t('map.asOf', { day: site.asOf, source: site.source }), 'downloads'));
  panel.hidden = false;
}

start().catch(error => {
  document.getElementById('mission-name').textContent = t('map.couldNotLoad', { error: error.message });
});
