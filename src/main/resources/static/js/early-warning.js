// Early warning on the deployment map: the chance of an attack on civilians per cell for a
// month ahead, as a layer, and the alerts with their CAP downloads. Uses the map and state
// of deployment-map.js.
'use strict';

const warning = { layer: null, missionId: null, origin: null };

function riskColour(p) {
  // Light yellow to dark red as the chance rises (ColorBrewer YlOrRd).
  const steps = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
  return steps[Math.min(steps.length - 1, Math.floor(p / 0.1))];
}

async function showRisk() {
  if (warning.layer) map.removeLayer(warning.layer);
  warning.layer = null;
  const note = document.getElementById('risk-note');
  if (!document.getElementById('risk-layer').checked) {
    note.textContent = '';
    return;
  }
  note.textContent = 'Forecasting…';
  const ahead = document.getElementById('risk-ahead').value;
  const origin = warning.origin ? `&origin=${warning.origin}` : '';
  const cells = await getJson(`/api/v1/missions/${warning.missionId}/warning/risk?ahead=${ahead}${origin}`);
  const h = 0.25;
  warning.layer = L.layerGroup(cells.filter(c => c.pAny > 0).map(c => L.rectangle(
    [[c.lat - h, c.lon - h], [c.lat + h, c.lon + h]],
    { stroke: false, fillColor: riskColour(c.pAny), fillOpacity: 0.65, className: 'risk-cell' })
    .bindTooltip(plainText(`${Math.round(100 * c.pAny)}% chance of an attack on civilians in ${c.month} (cell ${c.gid}); click for its past and forecast`))
    .on('click', () => { location.href = `/warning.html?cell=${c.gid}`; })))
    .addTo(map);
  if (state.siteLayer) state.siteLayer.eachLayer(marker => marker.bringToFront());
  const month = cells.length ? cells[0].month : '';
  note.textContent = `${month}: ${cells.filter(c => c.pAny >= 0.1).length} cells at 10% or more. Learned model`
    + ' (gradient-boosted trees) on the stored incidents; its scores are in BENCHMARKS.md.';
}

/**
 * The alerts for the month after the map's month, forecast from the incidents up to it: the map, its period and its
 * alerts agree on one date. Called by the deployment map whenever its month changes.
 */
async function followMapMonth(month) {
  warning.origin = month;
  await showAlerts();
}

async function showAlerts() {
  if (!warning.missionId || !warning.origin) return;
  const origin = warning.origin;
  const list = document.getElementById('alerts');
  // The forecast takes seconds the first time: say so rather than show an empty list.
  list.replaceChildren(text('li', `Forecasting from the incidents up to ${origin}…`));
  // Judged against the camps' reach by road, as the posture planner computes it.
  let alerts;
  try {
    alerts = await getJson(`/api/v1/missions/${warning.missionId}/posture/alerts?origin=${origin}`);
  } catch (error) {
    list.replaceChildren(text('li', `No alerts from ${origin}: ${error.message}`));
    return;
  }
  if (warning.origin !== origin) return; // the map has moved on to another month
  document.getElementById('alerts-origin').textContent = origin;
  list.replaceChildren();
  for (const alert of alerts) {
    const item = document.createElement('li');
    item.append(text('strong', `${Math.round(100 * alert.probability)}%`), ` ${alert.where}, ${alert.month}: `
      + `${alert.population.toLocaleString('en')} people; ${alert.reach}. Why: ${alert.drivers.join('; ')}. `);
    const chart = document.createElement('a');
    chart.href = `/warning.html?cell=${alert.gid}`;
    chart.textContent = 'past and forecast';
    item.append(chart, ' · ');
    const cap = document.createElement('a');
    cap.href = `/api/v1/missions/${warning.missionId}/posture/alerts/${alert.gid}.cap?origin=${origin}`;
    cap.textContent = 'CAP';
    item.appendChild(cap);
    list.appendChild(item);
  }
  if (!alerts.length) list.appendChild(text('li', 'No alert.'));
}

async function startWarning() {
  const missions = await getJson('/api/v1/missions');
  const mission = await chooseMission(missions);
  if (!mission) return;
  warning.missionId = mission.id;
  const ahead = document.getElementById('risk-ahead');
  for (let m = 1; m <= 12; m++) {
    const option = document.createElement('option');
    option.value = m;
    option.textContent = m === 1 ? 'next month' : `${m} months ahead`;
    ahead.appendChild(option);
  }
  document.getElementById('risk-layer').addEventListener('change', showRisk);
  ahead.addEventListener('change', showRisk);
  // The alerts wait for the deployment map's month (followMapMonth).
  await showAlerts();
}

startWarning().catch(error => {
  document.getElementById('alerts').replaceChildren(text('li', 'Could not load the alerts: ' + error.message));
});
