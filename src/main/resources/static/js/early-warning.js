// Early warning on the deployment map: the chance of an attack on civilians per cell for a
// month ahead, as a layer, and the alerts with their CAP downloads. Uses the map and state
// of deployment-map.js.
import { call } from './api.js';
import { map, state } from './deployment-map.js';
import { monthText, t } from './i18n.js';
import { chooseMission, plainText, text } from './nav.js';

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
  note.textContent = t('map.forecasting');
  const ahead = document.getElementById('risk-ahead').value;
  const origin = warning.origin ? `&origin=${warning.origin}` : '';
  const cells = await call(`/api/v1/missions/${warning.missionId}/warning/risk?ahead=${ahead}${origin}`);
  const h = 0.25;
  warning.layer = L.layerGroup(cells.filter(c => c.pAny > 0).map(c => L.rectangle(
    [[c.lat - h, c.lon - h], [c.lat + h, c.lon + h]],
    { stroke: false, fillColor: riskColour(c.pAny), fillOpacity: 0.65, className: 'risk-cell' })
    .bindTooltip(plainText(t('map.riskTooltip', { percent: Math.round(100 * c.pAny), month: c.month, gid: String(c.gid) })))
    .on('click', () => { location.href = `/warning.html?cell=${c.gid}`; })))
    .addTo(map);
  if (state.siteLayer) state.siteLayer.eachLayer(marker => marker.bringToFront());
  const month = cells.length ? cells[0].month : '';
  note.textContent = t('map.riskNote', { month, cells: cells.filter(c => c.pAny >= 0.1).length });
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
  list.replaceChildren(text('li', t('map.forecastingFrom', { origin })));
  // Judged against the camps' reach by road, as the posture planner computes it.
  let alerts;
  try {
    alerts = await call(`/api/v1/missions/${warning.missionId}/posture/alerts?origin=${origin}`);
  } catch (error) {
    list.replaceChildren(text('li', t('map.noAlertsFrom', { origin, error: error.message })));
    return;
  }
  if (warning.origin !== origin) return; // the map has moved on to another month
  document.getElementById('alerts-origin').textContent = monthText(origin);
  list.replaceChildren();
  for (const alert of alerts) {
    const item = document.createElement('li');
    item.append(text('strong', t('map.percent', { percent: Math.round(100 * alert.probability) })), ' ',
      text('span', t('map.alert', { where: alert.where, month: alert.month, people: alert.population,
        reach: alert.reach, why: alert.drivers.join('; ') })), ' ');
    const chart = document.createElement('a');
    chart.href = `/warning.html?cell=${alert.gid}`;
    chart.textContent = t('map.pastAndForecast');
    item.append(chart, ' · ');
    const cap = document.createElement('a');
    cap.href = `/api/v1/missions/${warning.missionId}/posture/alerts/${alert.gid}.cap?origin=${origin}`;
    cap.textContent = t('map.cap');
    item.appendChild(cap);
    list.appendChild(item);
  }
  if (!alerts.length) list.appendChild(text('li', t('map.noAlert')));
}

async function startWarning() {
  const missions = await call('/api/v1/missions');
  const mission = await chooseMission(missions);
  if (!mission) return;
  warning.missionId = mission.id;
  const ahead = document.getElementById('risk-ahead');
  for (let m = 1; m <= 12; m++) {
    const option = document.createElement('option');
    option.value = m;
    option.textContent = m === 1 ? t('map.nextMonth') : t('map.monthsAhead', { n: m });
    ahead.appendChild(option);
  }
  document.getElementById('risk-layer').addEventListener('change', showRisk);
  ahead.addEventListener('change', showRisk);
  // The alerts wait for the deployment map's month (followMapMonth).
  await showAlerts();
}

document.addEventListener('bluehelmet:map-month', event => followMapMonth(event.detail));

startWarning().catch(error => {
  document.getElementById('alerts').replaceChildren(text('li', t('map.couldNotLoadAlerts', { error: error.message })));
});
