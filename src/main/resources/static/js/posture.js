// The posture planner: the standard scenarios (as deployed, planned with the same troops, with each of the mission's
// proposals, with surgical teams) and saved ones, side by side in a table and one of them on the map; and what each
// camp offers casualty evacuation, which planners record.
'use strict';

const posture = { missionId: null, scenarios: [], saved: [], cellLayer: null, siteLayer: null, draftLayer: null };
// The user's own posture: TOBs placed by clicking the map and camps closed by clicking them.
const draft = { tobs: [], closed: new Set(), result: null };
const postureMap = L.map('map', { zoomSnap: 0.25 });

const fmt = (n) => Math.round(n).toLocaleString('en');
const pct = (x) => `${(100 * x).toFixed(1)}%`;

async function startPosture() {
  const missions = await call('/api/v1/missions');
  if (missions.length === 0) { document.getElementById('status').textContent = 'No mission.'; return; }
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

const MEDICAL_WORDS = { NONE: 'no medical care', LEVEL_1: 'level 1 (first aid, stabilisation)',
  LEVEL_2: 'level 2 (surgery)', LEVEL_3: 'level 3 (hospital care)' };
const AIR_WORDS = { NONE: 'no landing site', HELIPAD: 'helicopter landing site', AIRFIELD: 'airfield' };
const MEDICAL_VALUES = { NONE: 'none', LEVEL_1: '1', LEVEL_2: '2', LEVEL_3: '3' };

function facilityWords(f) {
  const helicopters = f.helicopters === null || f.helicopters === undefined ? 'evacuation helicopters not recorded'
    : `${f.helicopters} evacuation helicopter${f.helicopters === 1 ? '' : 's'}`;
  return `${MEDICAL_WORDS[f.medicalLevel]}, ${AIR_WORDS[f.airFacility]}, ${helicopters}`;
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
    ? `Latest record, from ${latest.from}: ${facilityWords(latest)}.`
    : `Nothing recorded; assumed: ${facilityWords(latest)}.`;
  list('facility-history', [`Assumed from the deployment maps: ${facilityWords(history.assumed)}`]
    .concat(history.recorded.map((f) => `From ${f.from}: ${facilityWords(f)}. Source: ${f.source}`)), '');
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
    status.textContent = 'Recorded. Reach is being recomputed…';
    await showFacilities();
    await loadScenarios();
    status.textContent = 'Recorded; the scenarios above use it.';
  } catch (error) {
    status.textContent = `Not recorded: ${error.message}`;
  }
}

async function loadScenarios() {
  const status = document.getElementById('status');
  status.textContent = 'Planning…';
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
    status.textContent = `${posture.scenarios.length} scenarios, answered in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
  } catch (error) {
    status.textContent = `The planner could not answer: ${error.message}`;
    return;
  }
  showScenarios(Math.min(1, posture.scenarios.length - 1));
}

function showScenarios(selected) {
  const choice = document.getElementById('scenario-choice');
  choice.replaceChildren(...posture.scenarios.map((s, i) => new Option(s.name, i)));
  choice.value = String(selected);
  drawTable();
  drawScenario();
}

/** How close the planner's answer is to the best possible, in words. */
function planQuality(s) {
  if (!s.solver) return '—';
  return s.solver.gap <= 0.0005 ? 'the best possible' : `within ${pct(s.solver.gap)} of the best possible`;
}

/** One sentence per scenario, against the posture as deployed: what it adds and what it leaves out. */
function scenarioLine(s, base) {
  const tobs = s.sites.filter((x) => x.kind === 'TOB').length;
  const more = s.measures.peopleAtRiskWithinReach - (base ? base.measures.peopleAtRiskWithinReach : 0);
  const parts = [];
  if (!base || s === base) {
    parts.push(`${fmt(s.measures.peopleAtRiskWithinReach)} people at risk within reach (${pct(s.measures.shareWithinReach)})`);
  } else {
    parts.push(`${tobs ? `${tobs} TOB${tobs === 1 ? '' : 's'}` : 'no TOB'} ${more >= 0 ? 'reach' : 'lose'} `
      + `${fmt(Math.abs(more))} ${more >= 0 ? 'more ' : ''}people at risk (${pct(s.measures.shareWithinReach)} within reach)`);
  }
  if (s.solver && s.solver.addedTroops) {
    parts.push(s.solver.addedTroopsUnplaced
      ? `${fmt(s.solver.addedTroopsUnplaced)} of the ${fmt(s.solver.addedTroops)} added troops have no TOB that casualty evacuation could support`
      : `all ${fmt(s.solver.addedTroops)} added troops are placed`);
  }
  const outside = s.measures.sitesOutsideCasevac.length;
  if (outside) parts.push(`${outside} site${outside === 1 ? '' : 's'} beyond 10-1-2 reach`);
  return `${s.name}: ${parts.join('; ')}.`;
}

function drawTable() {
  const base = posture.scenarios.find((s) => s.kind === 'AS_DEPLOYED');
  list('scenario-lines', posture.scenarios.map((s) => scenarioLine(s, base)), 'No scenario.');
  const rows = [
    ['Troops on the map', (s) => fmt(s.measures.troops)],
    ['Added troops without a TOB', (s) => (s.solver && s.solver.addedTroops ? fmt(s.solver.addedTroopsUnplaced) : '—')],
    ['TOBs', (s) => s.sites.filter((x) => x.kind === 'TOB').length],
    ['People at risk within reach', (s) => fmt(s.measures.peopleAtRiskWithinReach)],
    ['Share within reach', (s) => pct(s.measures.shareWithinReach)],
    ['Within reach of two sites', (s) => fmt(s.measures.peopleAtRiskReachedTwice)],
    ['Past attacks within reach', (s) => `${s.measures.pastAttacksWithinReach} of ${s.measures.pastAttacks}`],
    ['10-1-2 cells, day / night', (s) => `${s.measures.cellsWithinCasevacDay} / ${s.measures.cellsWithinCasevacNight} of ${s.measures.cells}`],
    ['Plan', planQuality],
  ];
  const sectors = posture.scenarios.length ? posture.scenarios[0].measures.sectors.map((x) => x.sector) : [];
  for (const name of sectors) {
    // A sector where no one is at risk has nothing to reach: "0.0%" there would read as a failure.
    rows.push([`${name}: at risk within reach (troops)`, (s) => {
      const x = s.measures.sectors.find((y) => y.sector === name);
      if (!x) return '—';
      return `${x.peopleAtRisk > 0 ? pct(x.shareWithinReach) : 'no one at risk'} (${fmt(x.troops)})`;
    }]);
  }
  const table = document.getElementById('comparison');
  const head = document.createElement('tr');
  head.append(th(''), ...posture.scenarios.map((s) => th(s.name)));
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
      .bindTooltip(plainText(`Cell ${c.gid} (${c.sector}): ${fmt(c.population)} people, risk ${pct(c.risk)}, ` +
        `${fmt(c.peopleAtRisk)} at risk, ${c.withinReach ? 'within reach' : 'beyond reach'}; surgery in ` +
        `${c.casevacDayMinutes == null ? 'no time possible' : fmt(c.casevacDayMinutes) + ' min'} by day`));
  })).addTo(postureMap);
  posture.siteLayer = L.layerGroup(s.sites.map((site) => L.circleMarker([site.position.lat, site.position.lon], {
    radius: site.kind === 'TOB' ? 6 : 4 + Math.sqrt(site.troops) / 12, color: site.kind === 'TOB' ? '#c0392b' : '#1f4e79',
    fillOpacity: 0.9, weight: 2,
  }).on('click', (e) => { L.DomEvent.stop(e); if (site.kind !== 'TOB') toggleCamp(site.name); }).bindTooltip(plainText(`${site.name} (${site.kind === 'TOB' ? 'TOB' : 'camp'}): ${fmt(site.troops)} troops` +
    (site.suppliedFrom ? `, supplied from ${site.suppliedFrom}` : '') + (site.surgery ? ', surgery' : '') +
    (site.helicopters ? ', helicopters' : ''))))).addTo(postureMap);
  document.getElementById('legend').textContent = layer === 'casevac'
    ? 'Green: surgery within 2 hours by day (10-1-2); orange: within 4; red: beyond, or none reachable.'
    : `Shade: people at risk (${s.risk}); blue outline: within reach of a camp or TOB; red dots: TOBs.`;
  list('tobs', s.sites.filter((x) => x.kind === 'TOB').map((t) => `${t.name} (${t.sector}), ${t.troops} troops, supplied from ${t.suppliedFrom}`),
    s.solver ? 'The planner opens no TOB in this scenario.' : 'Not a planned scenario.');
  list('outside', s.measures.sitesOutsideCasevac.map((o) => `${o.name}: ${o.dayMinutes == null ? 'no surgery reachable' : fmt(o.dayMinutes) + ' min by day'}`), 'None.');
  list('notes', s.notes, 'None.');
  const r = s.request;
  document.getElementById('assumptions').textContent =
    `Assumptions: response within ${r.rules.responseMinutes} min by road at ${r.travel.convoyKmh} km/h, roads ×${r.travel.detourFactor} the straight line; ` +
    `TOBs of ${r.rules.companySize} troops within ${r.rules.resupplyKm} km of road of their camp, camps keep ${r.rules.campGarrison}, at most ${r.rules.maxTobs} TOBs${r.rules.backupWeight > 0 ? `, a second site worth ${r.rules.backupWeight} of a first` : ''}; ` +
    'troops of units that will not operate at night stay in camp, units stay out of sectors they refuse; ' +
    `helicopters at ${r.helicopterBases.join(', ')} (${r.casevac.helicopterKmh} km/h, ${r.casevac.helicopterRadiusKm} km radius, launch ${r.casevac.launchDayMinutes} min by day, ${r.casevac.launchNightMinutes} by night).`;
}

function startDraftFromScenario() {
  const s = posture.scenarios[Number(document.getElementById('scenario-choice').value)];
  if (!s) return;
  draft.tobs = s.sites.filter((x) => x.kind === 'TOB').map((t) => ({ name: t.name, lon: t.position.lon, lat: t.position.lat, troops: t.troops, surgery: t.surgery }));
  draft.closed = new Set(s.request.closedCamps || []);
  document.getElementById('draft-name').value = `${s.name} (edited)`;
  draftStatus(`Started from “${s.name}”: ${draft.tobs.length} TOBs.`);
  drawDraft();
}

const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

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
  return `${Math.round(best.km)} km ${COMPASS[Math.round(bearing / 45) % 8]} of ${best.place.name}`;
}

function addDraftTob(latlng) {
  const troops = Number(document.getElementById('draft-troops').value) || 150;
  const surgery = document.getElementById('draft-surgery').checked;
  draft.tobs.push({ name: `TOB ${draft.tobs.length + 1}, ${nearPlace(latlng.lat, latlng.lng)}`,
    lon: Number(latlng.lng.toFixed(4)), lat: Number(latlng.lat.toFixed(4)), troops, surgery });
  drawDraft();
}

function toggleCamp(name) {
  if (draft.closed.has(name)) draft.closed.delete(name); else draft.closed.add(name);
  drawDraft();
}

function drawDraft() {
  if (posture.draftLayer) posture.draftLayer.remove();
  posture.draftLayer = L.layerGroup(draft.tobs.map((t, i) => L.circleMarker([t.lat, t.lon], {
    radius: 7, color: '#c0392b', dashArray: '3 3', fillOpacity: 0.3, weight: 2, className: 'draft-tob',
  }).on('click', (e) => { L.DomEvent.stop(e); draft.tobs.splice(i, 1); drawDraft(); })
    .bindTooltip(plainText(`${t.name}: ${t.troops} troops${t.surgery ? ', surgical team' : ''} (click to remove)`)))).addTo(postureMap);
  list('draft-tobs', draft.tobs.map((t) => `${t.name}: ${t.troops} troops${t.surgery ? ', surgical team' : ''}`),
    'No TOB of yours yet: click the map to place one.');
  document.getElementById('draft-closed').textContent = draft.closed.size ? [...draft.closed].join(', ') : 'none';
}

function draftRequest() {
  return { name: document.getElementById('draft-name').value.trim(), kind: 'CUSTOM',
    risk: document.getElementById('risk-choice').value, tobs: draft.tobs, closedCamps: [...draft.closed] };
}

async function evaluateDraft() {
  draftStatus('Evaluating…');
  try {
    const result = await call(`/api/v1/missions/${posture.missionId}/posture/evaluate`, { method: 'POST', body: JSON.stringify(draftRequest()) });
    posture.scenarios = posture.scenarios.filter((s) => s !== draft.result);
    draft.result = result;
    posture.scenarios.push(result);
    showScenarios(posture.scenarios.length - 1);
    draftStatus(`Evaluated “${result.name}”: ${pct(result.measures.shareWithinReach)} of people at risk within reach (not saved yet).`);
  } catch (error) {
    draftStatus(`Not evaluated: ${error.message}`);
  }
}

async function saveDraft() {
  draftStatus('Saving…');
  try {
    const saved = await call(`/api/v1/missions/${posture.missionId}/posture/scenarios`, { method: 'POST', body: JSON.stringify(draftRequest()) });
    await loadScenarios();
    showScenarios(posture.scenarios.findIndex((s) => s.name === saved.name));
    draftStatus(`Saved “${saved.name}”.`);
  } catch (error) {
    draftStatus(`Not saved: ${error.message}`);
  }
}

function draftStatus(text) { document.getElementById('draft-status').textContent = text; }

/** The saved scenarios, each deletable by those who may save (AccessRules.POSTURE_PLANNERS). */
function showSaved() {
  const ul = document.getElementById('saved-scenarios');
  if (!posture.saved.length) { list('saved-scenarios', [], 'None saved.'); return; }
  ul.replaceChildren(...posture.saved.map((saved) => {
    const li = document.createElement('li');
    li.textContent = `${saved.result.name} `;
    if (posture.maySave) {
      const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button',
        textContent: 'delete' });
      remove.addEventListener('click', async () => {
        if (!confirm(`Delete the saved scenario “${saved.result.name}”?`)) return;
        try {
          await call(`/api/v1/missions/${posture.missionId}/posture/scenarios/${saved.id}`, { method: 'DELETE' });
          draftStatus(`Deleted “${saved.result.name}”.`);
          await loadScenarios();
        } catch (error) {
          draftStatus(`Not deleted: ${error.message}`);
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

function th(text) { const e = document.createElement('th'); e.textContent = text; return e; }
function td(text) { const e = document.createElement('td'); e.textContent = text; return e; }

startPosture();
