// The posture planner: the standard scenarios (as deployed, planned with the same troops, with each of the mission's
// proposals, with surgical teams) and saved ones, side by side in a table and one of them on the map; and what each
// camp offers casualty evacuation, which planners record.
import { call } from './api.js';
import { LANG, t, tCount, translate } from './i18n.js';
import { chooseMission, mayDo, plainText, showMissionSources } from './nav.js';
import { drawGeography, newMap } from './basemap.js';

const posture = { missionId: null, scenarios: [], saved: [], cellLayer: null, siteLayer: null, draftLayer: null };
// The user's own posture: TOBs placed by clicking the map and camps closed by clicking them.
const draft = { tobs: [], closed: new Set(), result: null };
const postureMap = newMap('map', { zoomSnap: 0.25 });
// The browser tests read and click the map through Leaflet, as a person's gestures would.
window.postureMap = postureMap;

translate();
document.getElementById('draft-name').value = t('posture.defaultName');

const fmt = (n) => Math.round(n).toLocaleString(LANG);
const pct = (x) => x.toLocaleString(LANG, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** A scenario's name for the reader: a standard one's label in their language, a saved one's as its planner wrote it. */
const title = (s) => s.label || s.name;

async function startPosture() {
  const missions = await call('/api/v1/missions');
  if (missions.length === 0) { document.getElementById('status').textContent = t('map.noMission'); return; }
  const mission = await chooseMission(missions);
  showMissionSources(mission.id);
  posture.missionId = mission.id;
  document.getElementById('mission-name').textContent = mission.name;
  const { outline, geography, places } = await call(`/api/v1/missions/${posture.missionId}/map-layers`);
  posture.places = places || [];
  drawGeography(postureMap, geography);
  const layer = L.geoJSON(outline, { style: { color: '#1d2733', weight: 2, fill: false }, interactive: false }).addTo(postureMap);
  postureMap.fitBounds(layer.getBounds());
  document.getElementById('scenario-choice').addEventListener('change', drawScenario);
  document.getElementById('layer-choice').addEventListener('change', drawScenario);
  document.getElementById('risk-choice').addEventListener('change', loadScenarios);
  postureMap.on('click', (e) => addDraftTob(e.latlng));
  document.getElementById('draft-from').addEventListener('click', startDraftFromScenario);
  document.getElementById('draft-evaluate').addEventListener('click', evaluateDraft);
  document.getElementById('draft-save').addEventListener('click', saveDraft);
  // Saving scenarios is for planners (AccessRules.POSTURE_PLANNERS); anyone may evaluate one.
  posture.maySave = await mayDo(['PLANNER', 'OPERATIONS_OFFICER', 'MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR']);
  document.getElementById('draft-save').hidden = !posture.maySave;
  drawDraft();
  await Promise.all([loadScenarios(), startFacilities()]);
}

const MEDICAL_VALUES = { NONE: 'none', LEVEL_1: '1', LEVEL_2: '2', LEVEL_3: '3' };

/** What a camp offers casualty evacuation, in words (messages medical.*, air.*). */
function facilityWords(f) {
  const helicopters = f.helicopters === null || f.helicopters === undefined ? t('posture.helicoptersNotRecorded')
    : tCount('posture.helicopters', f.helicopters);
  return t('posture.facilities', { medical: t(`medical.${f.medicalLevel}`), air: t(`air.${f.airFacility}`), helicopters });
}

// The camps of the latest map, each with what it offers; planners and administrators may record changes.
async function startFacilities() {
  const [sites, me] = await Promise.all([call(`/api/v1/missions/${posture.missionId}/sites`), call('/api/v1/me')]);
  const select = document.getElementById('facility-site');
  select.replaceChildren(...sites.map((s) => new Option(s.name, s.id)));
  const editors = ['PLANNER', 'MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR'];
  document.getElementById('facility-form').hidden = !me.roles.some((r) => editors.includes(r));
  select.addEventListener('change', showFacilities);
  document.getElementById('facility-save').addEventListener('click', recordFacilities);
  if (sites.length) await showFacilities();
}

async function showFacilities() {
  const siteId = document.getElementById('facility-site').value;
  const history = await call(`/api/v1/missions/${posture.missionId}/sites/${siteId}/facilities`);
  const latest = history.recorded.length ? history.recorded[history.recorded.length - 1] : history.assumed;
  document.getElementById('facility-now').textContent = history.recorded.length
    ? t('posture.latestRecord', { from: latest.from, words: facilityWords(latest) })
    : t('posture.nothingRecorded', { words: facilityWords(latest) });
  list('facility-history', [t('posture.assumedFromMaps', { words: facilityWords(history.assumed) })]
    .concat(history.recorded.map((f) => t('posture.recordFrom', { from: f.from, words: facilityWords(f), source: f.source }))), '');
  document.getElementById('facility-medical').value = MEDICAL_VALUES[latest.medicalLevel];
  document.getElementById('facility-air').value = latest.airFacility.toLowerCase();
  document.getElementById('facility-helicopters').value = latest.helicopters ?? '';
}

async function recordFacilities() {
  const status = document.getElementById('facility-status');
  const helicopters = document.getElementById('facility-helicopters').value;
  const body = {
    from: document.getElementById('facility-from').value,
    medicalLevel: document.getElementById('facility-medical').value,
    airFacility: document.getElementById('facility-air').value,
    helicopters: helicopters === '' ? null : Number(helicopters),
    source: document.getElementById('facility-source').value,
  };
  const siteId = document.getElementById('facility-site').value;
  try {
    await call(`/api/v1/missions/${posture.missionId}/sites/${siteId}/facilities`,
      { method: 'PUT', body: JSON.stringify(body) });
    status.textContent = t('posture.recomputing');
    await showFacilities();
    await loadScenarios();
    status.textContent = t('posture.recorded');
  } catch (error) {
    status.textContent = t('posture.notRecorded', { error: error.message });
  }
}

async function loadScenarios() {
  const status = document.getElementById('status');
  status.textContent = t('posture.planning');
  const risk = document.getElementById('risk-choice').value;
  const started = performance.now();
  try {
    const [standard, saved] = await Promise.all([
      call(`/api/v1/missions/${posture.missionId}/posture/standard?risk=${risk}`),
      call(`/api/v1/missions/${posture.missionId}/posture/scenarios`)]);
    posture.saved = saved;
    posture.scenarios = standard.concat(saved.map((s) => s.result));
    showSaved();
    draft.result = null;
    status.textContent = t('posture.answered', { n: posture.scenarios.length,
      seconds: Math.round((performance.now() - started) / 100) / 10 });
  } catch (error) {
    status.textContent = t('posture.couldNotAnswer', { error: error.message });
    return;
  }
  showScenarios(Math.min(1, posture.scenarios.length - 1));
}

function showScenarios(selected) {
  const choice = document.getElementById('scenario-choice');
  choice.replaceChildren(...posture.scenarios.map((s, i) => new Option(title(s), i)));
  choice.value = String(selected);
  drawTable();
  drawScenario();
}

/** How close the planner's answer is to the best possible, in words. */
function planQuality(s) {
  if (!s.solver) return '—';
  return s.solver.gap <= 0.0005 ? t('posture.bestPossible') : t('posture.withinOfBest', { gap: pct(s.solver.gap) });
}

/** One sentence per scenario, against the posture as deployed: what it adds and what it leaves out. */
function scenarioLine(s, base) {
  const tobs = s.sites.filter((x) => x.kind === 'TOB').length;
  const more = s.measures.peopleAtRiskWithinReach - (base ? base.measures.peopleAtRiskWithinReach : 0);
  const parts = [];
  const share = pct(s.measures.shareWithinReach);
  if (!base || s === base) {
    parts.push(t('posture.line.base', { people: fmt(s.measures.peopleAtRiskWithinReach), share }));
  } else {
    const values = { tobs, people: fmt(Math.abs(more)), share };
    const key = tobs === 0 ? 'noTob' : tobs === 1 ? 'oneTob' : 'tobs';
    parts.push(t(`posture.line.${key}.${more >= 0 ? 'reach' : 'lose'}`, values));
  }
  if (s.solver && s.solver.addedTroops) {
    parts.push(s.solver.addedTroopsUnplaced
      ? t('posture.line.unplaced', { unplaced: fmt(s.solver.addedTroopsUnplaced), added: fmt(s.solver.addedTroops) })
      : t('posture.line.allPlaced', { added: fmt(s.solver.addedTroops) }));
  }
  const outside = s.measures.sitesOutsideCasevac.length;
  if (outside) parts.push(tCount('posture.line.outside', outside));
  return t('posture.line', { name: title(s), parts: parts.reduce((a, b) => t('posture.join', { a, b })) });
}

function drawTable() {
  const base = posture.scenarios.find((s) => s.kind === 'AS_DEPLOYED');
  list('scenario-lines', posture.scenarios.map((s) => scenarioLine(s, base)), t('posture.noScenario'));
  const rows = [
    [t('posture.row.troops'), (s) => fmt(s.measures.troops)],
    [t('posture.row.unplaced'), (s) => (s.solver && s.solver.addedTroops ? fmt(s.solver.addedTroopsUnplaced) : '—')],
    [t('posture.row.tobs'), (s) => s.sites.filter((x) => x.kind === 'TOB').length],
    [t('posture.row.withinReach'), (s) => fmt(s.measures.peopleAtRiskWithinReach)],
    [t('posture.row.share'), (s) => pct(s.measures.shareWithinReach)],
    [t('posture.row.twice'), (s) => fmt(s.measures.peopleAtRiskReachedTwice)],
    [t('posture.row.pastAttacks'), (s) => t('posture.nOfM', { n: s.measures.pastAttacksWithinReach, m: s.measures.pastAttacks })],
    [t('posture.row.casevacCells'), (s) => t('posture.dayNight', { day: s.measures.cellsWithinCasevacDay,
      night: s.measures.cellsWithinCasevacNight, cells: s.measures.cells })],
    [t('posture.row.plan'), planQuality],
  ];
  const sectors = posture.scenarios.length ? posture.scenarios[0].measures.sectors.map((x) => x.sector) : [];
  for (const name of sectors) {
    // A sector where no one is at risk has nothing to reach: "0.0%" there would read as a failure.
    rows.push([t('posture.row.sector', { sector: name }), (s) => {
      const x = s.measures.sectors.find((y) => y.sector === name);
      if (!x) return '—';
      return t('posture.sectorCell', { share: x.peopleAtRisk > 0 ? pct(x.shareWithinReach) : t('posture.noOneAtRisk'),
        troops: fmt(x.troops) });
    }]);
  }
  const table = document.getElementById('comparison');
  const head = document.createElement('tr');
  head.append(th(''), ...posture.scenarios.map((s) => th(title(s), !s.label)));
  table.tHead.replaceChildren(head);
  table.tBodies[0].replaceChildren(...rows.map(([label, value]) => {
    const tr = document.createElement('tr');
    tr.append(th(label), ...posture.scenarios.map((s) => td(String(value(s)))));
    return tr;
  }));
}

function drawScenario() {
  const s = posture.scenarios[Number(document.getElementById('scenario-choice').value)];
  if (!s) return;
  const layer = document.getElementById('layer-choice').value;
  if (posture.cellLayer) posture.cellLayer.remove();
  if (posture.siteLayer) posture.siteLayer.remove();
  const maxRisk = Math.max(1, ...s.cells.map((c) => c.peopleAtRisk));
  posture.cellLayer = L.layerGroup(s.cells.map((c) => {
    const style = layer === 'casevac' ? casevacStyle(c) : reachStyle(c, maxRisk);
    return L.rectangle([[c.lat - 0.25, c.lon - 0.25], [c.lat + 0.25, c.lon + 0.25]], { weight: 0.3, color: '#666', ...style })
      .bindTooltip(plainText(t(c.withinReach ? 'posture.cellWithin' : 'posture.cellBeyond', { gid: String(c.gid),
        sector: c.sector, people: fmt(c.population), risk: pct(c.risk), atRisk: fmt(c.peopleAtRisk),
        surgery: c.casevacDayMinutes == null ? t('posture.noTimePossible') : t('posture.minutes', { n: fmt(c.casevacDayMinutes) }) })));
  })).addTo(postureMap);
  posture.siteLayer = L.layerGroup(s.sites.map((site) => L.circleMarker([site.position.lat, site.position.lon], {
    radius: site.kind === 'TOB' ? 6 : 4 + Math.sqrt(site.troops) / 12, color: site.kind === 'TOB' ? '#c0392b' : '#1f4e79',
    fillOpacity: 0.9, weight: 2,
  }).on('click', (e) => { L.DomEvent.stop(e); if (site.kind !== 'TOB') toggleCamp(site.name); }).bindTooltip(plainText(siteWords(site))))).addTo(postureMap);
  document.getElementById('legend').textContent = layer === 'casevac' ? t('posture.legendCasevac')
    : t('posture.legendReach', { risk: s.risk });
  list('tobs', s.sites.filter((x) => x.kind === 'TOB').map((tob) => t('posture.tobLine', { name: tob.name, sector: tob.sector,
    troops: tob.troops, from: tob.suppliedFrom })), s.solver ? t('posture.noTobOpened') : t('posture.notPlanned'));
  list('outside', s.measures.sitesOutsideCasevac.map((o) => t('posture.outsideLine', { name: o.name,
    minutes: o.dayMinutes == null ? t('posture.noSurgery') : t('posture.minutesByDay', { n: fmt(o.dayMinutes) }) })), t('posture.none'));
  list('notes', s.notes, t('posture.none'));
  const r = s.request;
  document.getElementById('assumptions').textContent = t('posture.assumptions', {
    response: r.rules.responseMinutes, kmh: r.travel.convoyKmh, detour: r.travel.detourFactor, company: r.rules.companySize,
    resupply: r.rules.resupplyKm, garrison: r.rules.campGarrison, tobs: r.rules.maxTobs,
    backup: r.rules.backupWeight > 0 ? t('posture.backup', { weight: r.rules.backupWeight }) : '',
    bases: r.helicopterBases.join(', '), helicopterKmh: r.casevac.helicopterKmh, radius: r.casevac.helicopterRadiusKm,
    launchDay: r.casevac.launchDayMinutes, launchNight: r.casevac.launchNightMinutes });
}

function startDraftFromScenario() {
  const s = posture.scenarios[Number(document.getElementById('scenario-choice').value)];
  if (!s) return;
  draft.tobs = s.sites.filter((x) => x.kind === 'TOB').map((tob) => ({ name: tob.name, lon: tob.position.lon, lat: tob.position.lat, troops: tob.troops, surgery: tob.surgery }));
  draft.closed = new Set(s.request.closedCamps || []);
  document.getElementById('draft-name').value = t('posture.edited', { name: title(s) });
  draftStatus(tCount('posture.startedFrom', draft.tobs.length, { name: title(s) }));
  drawDraft();
}

const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];

/** A camp or TOB on the map, in words. */
function siteWords(site) {
  const extras = [site.suppliedFrom ? t('posture.suppliedFrom', { camp: site.suppliedFrom }) : '',
    site.surgery ? t('posture.surgery') : '', site.helicopters ? t('posture.withHelicopters') : ''].join('');
  return t(site.kind === 'TOB' ? 'posture.tobTooltip' : 'posture.campTooltip', { name: site.name, troops: fmt(site.troops), extras });
}

/** A point named as a planner says it, as the server names its TOBs: the town, or "35 km north-east of Mopti". */
function nearPlace(lat, lon) {
  const rad = (d) => (d * Math.PI) / 180;
  let best = null;
  for (const place of posture.places || []) {
    const p = place.position;
    const a = Math.sin(rad(p.lat - lat) / 2) ** 2
      + Math.cos(rad(lat)) * Math.cos(rad(p.lat)) * Math.sin(rad(p.lon - lon) / 2) ** 2;
    const km = 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    if (!best || km < best.km) best = { place, km };
  }
  if (!best) return `${lat.toFixed(2)}, ${lon.toFixed(2)}`;
  if (best.km < 3) return best.place.name;
  const p = best.place.position;
  const y = Math.sin(rad(lon - p.lon)) * Math.cos(rad(lat));
  const x = Math.cos(rad(p.lat)) * Math.sin(rad(lat)) - Math.sin(rad(p.lat)) * Math.cos(rad(lat)) * Math.cos(rad(lon - p.lon));
  const bearing = ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
  return t('posture.fromPlace', { km: Math.round(best.km), direction: t(`compass.${COMPASS[Math.round(bearing / 45) % 8]}`),
    place: best.place.name });
}

function addDraftTob(latlng) {
  const troops = Number(document.getElementById('draft-troops').value) || 150;
  const surgery = document.getElementById('draft-surgery').checked;
  draft.tobs.push({ name: t('posture.tobName', { n: draft.tobs.length + 1, place: nearPlace(latlng.lat, latlng.lng) }),
    lon: Number(latlng.lng.toFixed(4)), lat: Number(latlng.lat.toFixed(4)), troops, surgery });
  drawDraft();
}

function toggleCamp(name) {
  if (draft.closed.has(name)) draft.closed.delete(name); else draft.closed.add(name);
  drawDraft();
}

function drawDraft() {
  if (posture.draftLayer) posture.draftLayer.remove();
  posture.draftLayer = L.layerGroup(draft.tobs.map((tob, i) => L.circleMarker([tob.lat, tob.lon], {
    radius: 7, color: '#c0392b', dashArray: '3 3', fillOpacity: 0.3, weight: 2, className: 'draft-tob',
  }).on('click', (e) => { L.DomEvent.stop(e); draft.tobs.splice(i, 1); drawDraft(); })
    .bindTooltip(plainText(t('posture.draftTobRemove', { tob: draftTobWords(tob) }))))).addTo(postureMap);
  list('draft-tobs', draft.tobs.map(draftTobWords), t('posture.noDraftTob'));
  const closed = document.getElementById('draft-closed');
  closed.textContent = draft.closed.size ? [...draft.closed].join(', ') : t('posture.none');
  if (draft.closed.size) closed.setAttribute('translate', 'no'); else closed.removeAttribute('translate');
}

function draftTobWords(tob) {
  return t(tob.surgery ? 'posture.draftTobSurgery' : 'posture.draftTob', { name: tob.name, troops: tob.troops });
}

function draftRequest() {
  return { name: document.getElementById('draft-name').value.trim(), kind: 'CUSTOM',
    risk: document.getElementById('risk-choice').value, tobs: draft.tobs, closedCamps: [...draft.closed] };
}

async function evaluateDraft() {
  draftStatus(t('posture.evaluating'));
  try {
    const result = await call(`/api/v1/missions/${posture.missionId}/posture/evaluate`, { method: 'POST', body: JSON.stringify(draftRequest()) });
    posture.scenarios = posture.scenarios.filter((s) => s !== draft.result);
    draft.result = result;
    posture.scenarios.push(result);
    showScenarios(posture.scenarios.length - 1);
    draftStatus(t('posture.evaluated', { name: result.name, share: pct(result.measures.shareWithinReach) }));
  } catch (error) {
    draftStatus(t('posture.notEvaluated', { error: error.message }));
  }
}

async function saveDraft() {
  draftStatus(t('posture.saving'));
  try {
    const saved = await call(`/api/v1/missions/${posture.missionId}/posture/scenarios`, { method: 'POST', body: JSON.stringify(draftRequest()) });
    await loadScenarios();
    showScenarios(posture.scenarios.findIndex((s) => s.name === saved.name));
    draftStatus(t('posture.saved', { name: saved.name }));
  } catch (error) {
    draftStatus(t('list.notSaved', { error: error.message }));
  }
}

function draftStatus(text) { document.getElementById('draft-status').textContent = text; }

/** The saved scenarios, each deletable by those who may save (AccessRules.POSTURE_PLANNERS). */
function showSaved() {
  const ul = document.getElementById('saved-scenarios');
  if (!posture.saved.length) { list('saved-scenarios', [], t('posture.noneSaved')); return; }
  ul.replaceChildren(...posture.saved.map((saved) => {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = `${saved.result.name} `;
    name.setAttribute('translate', 'no'); // as its planner wrote it
    li.append(name);
    if (posture.maySave) {
      const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button',
        textContent: t('posture.delete') });
      remove.addEventListener('click', async () => {
        if (!confirm(t('posture.confirmDelete', { name: saved.result.name }))) return;
        try {
          await call(`/api/v1/missions/${posture.missionId}/posture/scenarios/${saved.id}`, { method: 'DELETE' });
          draftStatus(t('posture.deleted', { name: saved.result.name }));
          await loadScenarios();
        } catch (error) {
          draftStatus(t('list.notDeleted', { error: error.message }));
        }
      });
      li.append(remove);
    }
    return li;
  }));
}

function reachStyle(c, maxRisk) {
  const shade = c.peopleAtRisk <= 0 ? 0 : 0.15 + 0.75 * Math.sqrt(c.peopleAtRisk / maxRisk);
  return { fillColor: '#b03a2e', fillOpacity: shade, color: c.withinReach ? '#1f4e79' : '#999', weight: c.withinReach ? 1.2 : 0.3 };
}

function casevacStyle(c) {
  const m = c.casevacDayMinutes;
  const colour = m == null ? '#b03a2e' : m <= 120 ? '#2e8b57' : m <= 240 ? '#e67e22' : '#b03a2e';
  return { fillColor: colour, fillOpacity: 0.45 };
}

function list(id, items, empty) {
  const ul = document.getElementById(id);
  ul.replaceChildren(...(items.length ? items : [empty]).map((text) => { const li = document.createElement('li'); li.textContent = text; return li; }));
}

function th(text, data) {
  const e = document.createElement('th');
  e.textContent = text;
  if (data) e.setAttribute('translate', 'no'); // a saved scenario's name, as its planner wrote it
  return e;
}
function td(text) { const e = document.createElement('td'); e.textContent = text; return e; }

startPosture();
