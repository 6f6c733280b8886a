// Early warning: alerts judged against a posture (as deployed or a saved scenario), a cell's
// past and forecast as a chart, and the backtest of every model against the baselines.
'use strict';

const ew = { missionId: null, cellChart: null, apChart: null, crpsChart: null };
const byId = (id) => document.getElementById(id);
const MODEL_COLOURS = ['#999999', '#e6ab02', '#1b9e77', '#7570b3', '#d95f02', '#e7298a'];

async function startEarlyWarning() {
  const missions = await call('/api/v1/missions');
  if (!missions.length) { byId('alerts-status').textContent = 'No mission.'; return; }
  const mission = await chooseMission(missions);
  showMissionSources(mission.id);
  ew.missionId = mission.id;
  byId('mission-name').textContent = mission.name;
  const saved = await call(`/api/v1/missions/${ew.missionId}/posture/scenarios`);
  for (const s of saved) byId('posture-choice').append(new Option(`saved scenario “${s.name}”`, s.id));
  byId('posture-choice').addEventListener('change', showAlerts);
  byId('threshold').addEventListener('change', showAlerts);
  byId('origin').addEventListener('change', () => { showAlerts(); if (ew.cell) showCell(ew.cell); });
  byId('run-backtest').addEventListener('click', runBacktest);
  const cell = new URLSearchParams(location.search).get('cell');
  await showAlerts();
  if (cell) await showCell(Number(cell));
}

async function showAlerts() {
  const status = byId('alerts-status');
  status.textContent = 'Forecasting…';
  const scenario = byId('posture-choice').value;
  const threshold = byId('threshold').value;
  const origin = byId('origin').value;
  let alerts;
  try {
    alerts = await call(`/api/v1/missions/${ew.missionId}/posture/alerts?scenario=${encodeURIComponent(scenario)}`
      + `&threshold=${threshold}${origin ? `&origin=${origin}` : ''}`);
  } catch (error) {
    status.textContent = `No alerts: ${error.message}`;
    return;
  }
  // Which month the forecast starts from: the one chosen, or the last month the data cover.
  if (!origin && alerts.length) {
    const [year, month] = alerts[0].month.split('-').map(Number);
    byId('origin').value = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
  }
  byId('origin-note').textContent = byId('origin').value
    ? `The forecast starts after ${byId('origin').value}${origin ? ', as chosen' : ', the last month the stored data cover'}.`
    : '';
  status.textContent = alerts.length
    ? `${alerts.length === 1 ? 'One area' : `${alerts.length} areas`} (half-degree cells) for ${alerts[0].month}; `
      + `${alerts[0].reach.replace(/ \(the nearest.*$/, '')}.`
    : 'No alert: every likely cell is within reach of the chosen posture.';
  byId('alerts').replaceChildren(...alerts.map((alert) => {
    const item = document.createElement('li');
    const where = alert.where;
    const strong = document.createElement('strong');
    strong.textContent = `${Math.round(100 * alert.probability)}%`;
    const show = document.createElement('button');
    show.type = 'button';
    show.className = 'link';
    show.textContent = 'past and forecast';
    show.addEventListener('click', () => showCell(alert.gid, where));
    const cap = document.createElement('a');
    cap.href = `/api/v1/missions/${ew.missionId}/posture/alerts/${alert.gid}.cap?scenario=${encodeURIComponent(scenario)}`
      + `&threshold=${threshold}${byId('origin').value ? `&origin=${byId('origin').value}` : ''}`;
    cap.textContent = 'CAP';
    item.append(strong, ` ${where}, ${alert.month}: ${alert.population.toLocaleString('en')} people; ${alert.reach}. `,
      show, ' · ', cap);
    return item;
  }));
}

/** A cell's past and forecast; {@code where} names it after a place when an alert was chosen. */
async function showCell(gid, where) {
  ew.cell = gid;
  ew.cellWhere = where || (ew.cell === gid ? ew.cellWhere : null);
  byId('cell-chart').closest('figure').hidden = false;
  byId('cell-hint').textContent = 'Forecasting…';
  const origin = byId('origin').value;
  const cell = await call(`/api/v1/missions/${ew.missionId}/warning/cells/${gid}${origin ? `?origin=${origin}` : ''}`);
  byId('cell-title').textContent = ew.cellWhere ? `${ew.cellWhere}: past and forecast`
    : `The half-degree cell ${cell.gid}${cell.region ? ` (${cell.region})` : ''}: past and forecast`;
  byId('cell-hint').textContent = `${cell.population.toLocaleString('en')} people. Bars: attacks on civilians per month up to ` +
    `${cell.origin}; after it, the forecast's mean with the 10th–90th percentiles of 200 samples, and the chance of at least one.`;
  const labels = cell.history.map((m) => m.month).concat(cell.forecast.map((m) => m.month));
  const pad = (values, before) => before ? values.concat(cell.forecast.map(() => null)) : cell.history.map(() => null).concat(values);
  if (ew.cellChart) ew.cellChart.destroy();
  ew.cellChart = new Chart(byId('cell-chart'), {
    data: {
      labels,
      datasets: [
        { type: 'bar', label: 'attacks on civilians', data: pad(cell.history.map((m) => m.attacks), true), backgroundColor: '#b03a2e', yAxisID: 'y' },
        { type: 'line', label: 'forecast 90th percentile', data: pad(cell.forecast.map((m) => m.p90), false), borderColor: '#f4a582', pointRadius: 0, fill: false, yAxisID: 'y' },
        { type: 'line', label: 'forecast 10th–90th', data: pad(cell.forecast.map((m) => m.p10), false), borderColor: '#f4a582', pointRadius: 0,
          backgroundColor: 'rgba(244,165,130,0.35)', fill: '-1', yAxisID: 'y' },
        { type: 'line', label: 'forecast mean', data: pad(cell.forecast.map((m) => m.mean), false), borderColor: '#b03a2e', pointRadius: 2, yAxisID: 'y' },
        { type: 'line', label: 'chance of at least one', data: pad(cell.forecast.map((m) => m.pAny), false), borderColor: '#2166ac',
          borderDash: [5, 3], pointRadius: 2, yAxisID: 'p' },
      ],
    },
    options: { animation: false, plugins: { legend: { position: 'bottom' } },
      scales: { y: { beginAtZero: true, title: { display: true, text: 'attacks per month' } },
        p: { position: 'right', min: 0, max: 1, title: { display: true, text: 'chance' }, grid: { drawOnChartArea: false } } } },
  });
  byId('cell-drivers').replaceChildren(...cell.drivers.map((d) => { const li = document.createElement('li'); li.textContent = d; return li; }));
}

// The backtest trains the learned model once per origin, so it runs as a job on the
// server; the page follows it with a progress bar until its table is ready.
async function runBacktest() {
  const status = byId('backtest-status');
  const bar = byId('backtest-progress');
  const target = byId('backtest-target').value;
  byId('run-backtest').disabled = true;
  let lines;
  let job;
  try {
    job = await call(`/api/v1/missions/${ew.missionId}/warning/backtest/jobs?target=${target}`, { method: 'POST' });
    while (job.state === 'QUEUED' || job.state === 'RUNNING') {
      bar.hidden = false;
      bar.max = job.total;
      bar.value = job.done;
      status.textContent = job.state === 'QUEUED' ? 'Waiting to start (one backtest runs at a time)…'
        : `Step ${Math.min(job.done + 1, job.total)} of ${job.total}: ${job.step}…`;
      await new Promise((resolve) => setTimeout(resolve, 700));
      job = await call(`/api/v1/missions/${ew.missionId}/warning/backtest/jobs/${job.id}`);
    }
    if (job.state === 'FAILED') throw new Error(job.error);
    lines = job.lines;
  } catch (error) {
    status.textContent = `The backtest could not run: ${error.message}`;
    return;
  } finally {
    bar.hidden = true;
    byId('run-backtest').disabled = false;
  }
  const overall = lines.filter((l) => l.horizon === 0);
  const models = overall.map((l) => l.model);
  status.textContent = `${overall[0].cases.toLocaleString('en')} cell-months per model.`;
  // The charts and the table appear once there is something to show; the conclusion first, in words.
  byId('backtest-charts').hidden = false;
  byId('backtest-table').hidden = false;
  byId('backtest-conclusion').hidden = false;
  byId('backtest-conclusion').textContent = conclusion(job.skill);
  showSkill(job.skill, job.calibration);
  if (ew.apChart) ew.apChart.destroy();
  ew.apChart = new Chart(byId('ap-chart'), {
    type: 'bar',
    data: { labels: models, datasets: [{ label: 'average precision', data: overall.map((l) => l.averagePrecision),
      backgroundColor: models.map((_, i) => MODEL_COLOURS[i % MODEL_COLOURS.length]) }] },
    options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } },
  });
  const horizons = [...new Set(lines.filter((l) => l.horizon > 0).map((l) => l.horizon))];
  if (ew.crpsChart) ew.crpsChart.destroy();
  ew.crpsChart = new Chart(byId('crps-chart'), {
    type: 'line',
    data: { labels: horizons.map((h) => `${h}`), datasets: models.map((m, i) => ({ label: m,
      data: horizons.map((h) => lines.find((l) => l.model === m && l.horizon === h).crps),
      borderColor: MODEL_COLOURS[i % MODEL_COLOURS.length], pointRadius: 2 })) },
    options: { animation: false, plugins: { legend: { position: 'bottom' } },
      scales: { x: { title: { display: true, text: 'months ahead' } }, y: { title: { display: true, text: 'CRPS' } } } },
  });
  const f = (x) => x.toFixed(4);
  byId('backtest-table').tBodies[0].replaceChildren(...overall.map((l) => {
    const tr = document.createElement('tr');
    for (const [text, cls] of [[l.model, ''], [f(l.crps), 'num'], [f(l.brier), 'num'], [f(l.averagePrecision), 'num'],
      [f(l.logScore), 'num'], [l.cases.toLocaleString('en'), 'num']]) {
      const td = document.createElement('td'); td.textContent = text; if (cls) td.className = cls; tr.append(td);
    }
    return tr;
  }));
}

// A ratio the data cannot give (no event at all in the cases) comes as NaN or null: a dash.
const ratio = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const range = (low, high) => `${ratio(low)}–${ratio(high)}`;

/**
 * The backtest in plain sentences, from the learned model's skill over all origins: how much better it finds the cells
 * that will see violence than their own history alone (average precision), and whether its expected error beats the
 * best simple forecast (CRPS), each with the range the data allow.
 */
function conclusion(skill) {
  const all = (skill || []).filter((s) => s.origin === 'all');
  const history = all.find((s) => s.baseline === 'conflictology');
  const best = all.find((s) => s.baseline.startsWith('best'));
  const parts = [];
  if (history && Number.isFinite(history.apRatio)) {
    const sure = history.apLow > 1 ? '' : history.apHigh < 1 ? '' : ', though the data cannot tell this from no difference';
    parts.push(history.apRatio >= 1.05
      ? `The learned model finds the cells that will see violence ${history.apRatio.toFixed(1)} times as well as each cell's own history alone (between ${ratio(history.apLow)} and ${ratio(history.apHigh)} times${sure})`
      : history.apRatio > 0.95 ? `The learned model finds the cells that will see violence no better than each cell's own history alone (${ratio(history.apRatio)} times as well)`
        : `The learned model finds the cells that will see violence worse than each cell's own history alone (${ratio(history.apRatio)} times as well${sure})`);
  }
  if (best && Number.isFinite(best.crpsRatio)) {
    const name = best.baseline.replace(/^best \((.*)\)$/, '$1');
    const simple = name === 'zero' ? 'forecasting no violence anywhere' : `the ${name} forecast`;
    const change = 100 * (1 - best.crpsRatio);
    parts.push(change > 0.5 ? `its expected error is ${change.toFixed(1)}% smaller than that of the best simple forecast, ${simple} (90% range ${range(best.crpsLow, best.crpsHigh)} of it)`
      : change >= -0.5 ? `its expected error is no better than that of the best simple forecast, ${simple}`
        : `its expected error is ${(-change).toFixed(1)}% larger than that of the best simple forecast, ${simple}`);
  }
  return parts.length ? `${parts.join('; ')}.` : '';
}

/** The skill per origin as a table, and the calibration as a chart. */
function showSkill(skill, calibration) {
  const rows = [...new Set((skill || []).map((s) => s.origin))];
  byId('skill-table').hidden = rows.length === 0;
  byId('skill-note').hidden = rows.length === 0;
  byId('skill-table').tBodies[0].replaceChildren(...rows.map((origin) => {
    const best = skill.find((s) => s.origin === origin && s.baseline.startsWith('best'));
    const history = skill.find((s) => s.origin === origin && s.baseline === 'conflictology');
    const tr = document.createElement('tr');
    const cells = [origin === 'all' ? 'all origins' : origin,
      `${ratio(best.crpsRatio)} (${range(best.crpsLow, best.crpsHigh)}) of ${best.baseline.replace(/^best \((.*)\)$/, '$1')}'s`,
      history ? `${ratio(history.apRatio)} (${range(history.apLow, history.apHigh)})` : '—',
      Number.isFinite(best.apLift) ? `${best.apLift.toFixed(1)} times` : '—'];
    cells.forEach((text, i) => { const td = document.createElement('td'); td.textContent = text; if (i > 0) td.className = 'num'; tr.append(td); });
    return tr;
  }));
  if (ew.calibrationChart) ew.calibrationChart.destroy();
  const bins = (calibration || []).filter((b) => Number.isFinite(b.meanPredicted));
  const top = Math.max(0.01, ...bins.map((b) => Math.max(b.meanPredicted, b.observed)));
  ew.calibrationChart = new Chart(byId('calibration-chart'), {
    type: 'scatter',
    data: { datasets: [
      { label: 'groups of cell-months', data: bins.map((b) => ({ x: 100 * b.meanPredicted, y: 100 * b.observed })), backgroundColor: '#1f4e79', pointRadius: 4, showLine: true, borderColor: '#1f4e79' },
      { label: 'a right chance', data: [{ x: 0, y: 0 }, { x: 100 * top, y: 100 * top }], showLine: true, borderColor: '#999', borderDash: [4, 4], pointRadius: 0 },
    ] },
    options: { animation: false, plugins: { legend: { position: 'bottom' } },
      scales: { x: { title: { display: true, text: 'chance forecast (%)' }, min: 0 }, y: { title: { display: true, text: 'share that saw one (%)' }, min: 0 } } },
  });
}

startEarlyWarning().catch((error) => { byId('alerts-status').textContent = `Could not start: ${error.message}`; });
