// The posture planner: the standard scenarios (as deployed, planned with the same troops, with the 2021
// proposal's troops, with surgical teams) and saved ones, side by side in a table and one of them on the map.
'use strict';

const posture = { missionId: null, scenarios: [], cellLayer: null, siteLayer: null };
const postureMap = L.map('map', { zoomSnap: 0.25 });

const fmt = (n) => Math.round(n).toLocaleString('en');
const pct = (x) => `${(100 * x).toFixed(1)}%`;

async function startPosture() {
  const missions = await call('/api/v1/missions');
  if (missions.length === 0) { document.getElementById('status').textContent = 'No mission.'; return; }
  posture.missionId = missions[0].id;
  document.getElementById('mission-name').textContent = missions[0].name;
  const outline = await call(`/api/v1/missions/${posture.missionId}/outline.geojson`);
  const layer = L.geoJSON(outline, { style: { color: '#1d2733', weight: 2, fill: false }, interactive: false }).addTo(postureMap);
  postureMap.fitBounds(layer.getBounds());
  document.getElementById('scenario-choice').addEventListener('change', drawScenario);
  document.getElementById('layer-choice').addEventListener('change', drawScenario);
  document.getElementById('risk-choice').addEventListener('change', loadScenarios);
  await loadScenarios();
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
    posture.scenarios = standard.concat(saved.map((s) => s.result));
    status.textContent = `${posture.scenarios.length} scenarios, answered in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
  } catch (error) {
    status.textContent = `The planner could not answer: ${error.message}`;
    return;
  }
  const choice = document.getElementById('scenario-choice');
  choice.replaceChildren(...posture.scenarios.map((s, i) => new Option(s.name, i)));
  choice.value = String(Math.min(1, posture.scenarios.length - 1));
  drawTable();
  drawScenario();
}

function drawTable() {
  const rows = [
    ['Troops', (s) => fmt(s.measures.troops)],
    ['TOBs', (s) => s.sites.filter((x) => x.kind === 'TOB').length],
    ['People at risk within reach', (s) => fmt(s.measures.peopleAtRiskWithinReach)],
    ['Share of people at risk within reach', (s) => pct(s.measures.shareWithinReach)],
    ['Reached by two sites or more', (s) => fmt(s.measures.peopleAtRiskReachedTwice)],
    ['Past attacks on civilians within reach', (s) => `${s.measures.pastAttacksWithinReach} of ${s.measures.pastAttacks}`],
    ['Cells within 10-1-2 reach, day / night', (s) => `${s.measures.cellsWithinCasevacDay} / ${s.measures.cellsWithinCasevacNight} of ${s.measures.cells}`],
    ['Planner: gain, bound, gap', (s) => s.solver ? `${fmt(s.solver.objective)}, ${fmt(s.solver.bound)}, ${pct(s.solver.gap)}` : '—'],
  ];
  const sectors = posture.scenarios.length ? posture.scenarios[0].measures.sectors.map((x) => x.sector) : [];
  for (const name of sectors) {
    rows.push([`${name}: share within reach (troops)`, (s) => {
      const x = s.measures.sectors.find((y) => y.sector === name);
      return x ? `${pct(x.shareWithinReach)} (${fmt(x.troops)})` : '—';
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
      .bindTooltip(`Cell ${c.gid} (${c.sector}): ${fmt(c.population)} people, risk ${pct(c.risk)}, ` +
        `${fmt(c.peopleAtRisk)} at risk, ${c.withinReach ? 'within reach' : 'beyond reach'}; surgery in ` +
        `${c.casevacDayMinutes == null ? 'no time possible' : fmt(c.casevacDayMinutes) + ' min'} by day`);
  })).addTo(postureMap);
  posture.siteLayer = L.layerGroup(s.sites.map((site) => L.circleMarker([site.position.lat, site.position.lon], {
    radius: site.kind === 'TOB' ? 6 : 4 + Math.sqrt(site.troops) / 12, color: site.kind === 'TOB' ? '#c0392b' : '#1f4e79',
    fillOpacity: 0.9, weight: 2,
  }).bindTooltip(`${site.name} (${site.kind === 'TOB' ? 'TOB' : 'camp'}): ${fmt(site.troops)} troops` +
    (site.suppliedFrom ? `, supplied from ${site.suppliedFrom}` : '') + (site.surgery ? ', surgery' : '') +
    (site.helicopters ? ', helicopters' : '')))).addTo(postureMap);
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
    `TOBs of ${r.rules.companySize} troops within ${r.rules.resupplyKm} km of road of their camp, camps keep ${r.rules.campGarrison}, at most ${r.rules.maxTobs} TOBs; ` +
    `helicopters at ${r.helicopterBases.join(', ')} (${r.casevac.helicopterKmh} km/h, ${r.casevac.helicopterRadiusKm} km radius, launch ${r.casevac.launchDayMinutes} min by day, ${r.casevac.launchNightMinutes} by night).`;
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
