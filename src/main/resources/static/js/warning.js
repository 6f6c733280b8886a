// Early warning: alerts judged against a posture (as deployed or a saved scenario), a cell's
// past and forecast as a chart, and the backtest of every model against the baselines.
import { call } from './api.js';
import { LANG, monthText, t, tCount, translate } from './i18n.js';
import { byId, chooseMission, dataText, showMissionSources, text } from './nav.js';

// originChosen: whether the person picked the forecast's first month (else the page shows the latest the data cover).
const ew = { missionId: null, cellChart: null, apChart: null, crpsChart: null, originChosen: false };
const MODEL_COLOURS = ['#999999', '#e6ab02', '#1b9e77', '#7570b3', '#d95f02', '#e7298a'];

translate();

/** A model's or baseline's name in the reader's language (message model.<name>), else as the server names it. */
function modelName(name) {
  const key = `model.${name.replaceAll(' ', '')}`;
  return key in (window.BH_MESSAGES || {}) ? t(key) : name;
}

async function startEarlyWarning() {
  const missions = await call('/api/v1/missions');
  if (!missions.length) { byId('alerts-status').textContent = t('map.noMission'); return; }
  const mission = await chooseMission(missions);
  showMissionSources(mission.id);
  ew.missionId = mission.id;
  byId('mission-name').textContent = mission.name;
  const saved = await call(`/api/v1/missions/${ew.missionId}/posture/scenarios`);
  for (const s of saved) byId('posture-choice').append(new Option(t('warning.savedScenario', { name: s.name }), s.id));
  byId('posture-choice').addEventListener('change', showAlerts);
  byId('threshold').addEventListener('change', showAlerts);
  byId('origin').addEventListener('change', () => {
    ew.originChosen = byId('origin').value !== '';
    showAlerts();
    if (ew.cell) showCell(ew.cell);
  });
  byId('run-backtest').addEventListener('click', runBacktest);
  const cell = new URLSearchParams(location.search).get('cell');
  await showAlerts();
  if (cell) await showCell(Number(cell));
}

async function showAlerts() {
  const status = byId('alerts-status');
  status.textContent = t('map.forecasting');
  const scenario = byId('posture-choice').value;
  const threshold = byId('threshold').value;
  // Until a month is picked, the server starts from the latest the data cover (the field only shows it).
  const origin = ew.originChosen ? byId('origin').value : '';
  let alerts;
  try {
    alerts = await call(`/api/v1/missions/${ew.missionId}/posture/alerts?scenario=${encodeURIComponent(scenario)}`
      + `&threshold=${threshold}${origin ? `&origin=${origin}` : ''}`);
  } catch (error) {
    status.textContent = t('warning.noAlerts', { error: error.message });
    return;
  }
  // Which month the forecast starts from: the one chosen, or the last month the data cover.
  if (!origin && alerts.length) {
    const [year, month] = alerts[0].month.split('-').map(Number);
    byId('origin').value = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
  }
  byId('origin-note').textContent = byId('origin').value
    ? t(origin ? 'warning.startsAfterChosen' : 'warning.startsAfterLatest', { month: byId('origin').value })
    : '';
  status.textContent = alerts.length
    ? tCount('warning.areas', alerts.length, { month: alerts[0].month })
    : t('warning.noAlert');
  byId('alerts').replaceChildren(...alerts.map((alert) => {
    const item = document.createElement('li');
    const where = alert.where;
    const strong = document.createElement('strong');
    strong.textContent = t('map.percent', { percent: Math.round(100 * alert.probability) });
    const show = document.createElement('button');
    show.type = 'button';
    show.className = 'link';
    show.textContent = t('map.pastAndForecast');
    show.addEventListener('click', () => showCell(alert.gid, where));
    const cap = document.createElement('a');
    cap.href = `/api/v1/missions/${ew.missionId}/posture/alerts/${alert.gid}.cap?scenario=${encodeURIComponent(scenario)}`
      + `&threshold=${threshold}${byId('origin').value ? `&origin=${byId('origin').value}` : ''}`;
    cap.textContent = t('map.cap');
    item.append(strong, ' ', text('span', t('warning.alert', { where, month: alert.month, people: alert.population,
      reach: alert.reach })), ' ', show, ' · ', cap);
    return item;
  }));
}

/** A cell's past and forecast; {@code where} names it after a place when an alert was chosen. */
async function showCell(gid, where) {
  ew.cell = gid;
  ew.cellWhere = where || (ew.cell === gid ? ew.cellWhere : null);
  byId('cell-chart').closest('figure').hidden = false;
  byId('cell-hint').textContent = t('map.forecasting');
  const origin = byId('origin').value;
  const cell = await call(`/api/v1/missions/${ew.missionId}/warning/cells/${gid}${origin ? `?origin=${origin}` : ''}`);
  byId('cell-title').textContent = ew.cellWhere ? t('warning.cellPlace', { where: ew.cellWhere })
    : t(cell.region ? 'warning.cellInRegion' : 'warning.cellAlone', { gid: String(cell.gid), region: cell.region || '' });
  byId('cell-hint').textContent = t('warning.cellExplain', { people: cell.population, origin: cell.origin });
  const labels = cell.history.concat(cell.forecast).map((m) => monthText(m.month, true));
  const pad = (values, before) => before ? values.concat(cell.forecast.map(() => null)) : cell.history.map(() => null).concat(values);
  if (ew.cellChart) ew.cellChart.destroy();
  ew.cellChart = new Chart(byId('cell-chart'), {
    data: {
      labels,
      datasets: [
        { type: 'bar', label: t('what.CIVILIAN_ATTACKS.many'), data: pad(cell.history.map((m) => m.attacks), true), backgroundColor: '#b03a2e', yAxisID: 'y' },
        { type: 'line', label: t('warning.p90'), data: pad(cell.forecast.map((m) => m.p90), false), borderColor: '#f4a582', pointRadius: 0, fill: false, yAxisID: 'y' },
        { type: 'line', label: t('warning.p10to90'), data: pad(cell.forecast.map((m) => m.p10), false), borderColor: '#f4a582', pointRadius: 0,
          backgroundColor: 'rgba(244,165,130,0.35)', fill: '-1', yAxisID: 'y' },
        { type: 'line', label: t('warning.mean'), data: pad(cell.forecast.map((m) => m.mean), false), borderColor: '#b03a2e', pointRadius: 2, yAxisID: 'y' },
        { type: 'line', label: t('warning.chanceOfOne'), data: pad(cell.forecast.map((m) => m.pAny), false), borderColor: '#2166ac',
          borderDash: [5, 3], pointRadius: 2, yAxisID: 'p' },
      ],
    },
    options: { animation: false, plugins: { legend: { position: 'bottom' } },
      scales: { y: { beginAtZero: true, title: { display: true, text: t('warning.attacksPerMonth') } },
        p: { position: 'right', min: 0, max: 1, title: { display: true, text: t('warning.chance') }, grid: { drawOnChartArea: false } } } },
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
      status.textContent = job.state === 'QUEUED' ? t('warning.queued')
        : t('warning.step', { step: Math.min(job.done + 1, job.total), total: job.total, what: job.step });
      await new Promise((resolve) => setTimeout(resolve, 700));
      job = await call(`/api/v1/missions/${ew.missionId}/warning/backtest/jobs/${job.id}`);
    }
    // Failed, or interrupted (the server running it stopped): say why.
    if (job.state !== 'DONE') throw new Error(job.error || job.state);
    lines = job.lines;
  } catch (error) {
    status.textContent = t('warning.backtestFailed', { error: error.message });
    return;
  } finally {
    bar.hidden = true;
    byId('run-backtest').disabled = false;
  }
  const overall = lines.filter((l) => l.horizon === 0);
  const models = overall.map((l) => l.model);
  status.textContent = t('warning.cases', { cases: overall[0].cases });
  // The charts and the table appear once there is something to show; the conclusion first, in words.
  byId('backtest-charts').hidden = false;
  byId('backtest-table').hidden = false;
  byId('backtest-conclusion').hidden = false;
  byId('backtest-conclusion').textContent = conclusion(job.skill);
  showSkill(job.skill, job.calibration);
  if (ew.apChart) ew.apChart.destroy();
  ew.apChart = new Chart(byId('ap-chart'), {
    type: 'bar',
    data: { labels: models.map(modelName), datasets: [{ label: t('warning.col.averagePrecision'), data: overall.map((l) => l.averagePrecision),
      backgroundColor: models.map((_, i) => MODEL_COLOURS[i % MODEL_COLOURS.length]) }] },
    options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } },
  });
  const horizons = [...new Set(lines.filter((l) => l.horizon > 0).map((l) => l.horizon))];
  if (ew.crpsChart) ew.crpsChart.destroy();
  ew.crpsChart = new Chart(byId('crps-chart'), {
    type: 'line',
    data: { labels: horizons.map((h) => `${h}`), datasets: models.map((m, i) => ({ label: modelName(m),
      data: horizons.map((h) => lines.find((l) => l.model === m && l.horizon === h).crps),
      borderColor: MODEL_COLOURS[i % MODEL_COLOURS.length], pointRadius: 2 })) },
    options: { animation: false, plugins: { legend: { position: 'bottom' } },
      scales: { x: { title: { display: true, text: t('warning.monthsAhead') } }, y: { title: { display: true, text: 'CRPS' } } } },
  });
  const f = (x) => x.toLocaleString(LANG, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  byId('backtest-table').tBodies[0].replaceChildren(...overall.map((l) => {
    const tr = document.createElement('tr');
    const name = modelName(l.model);
    tr.append(name === l.model ? dataText('td', name) : text('td', name));
    for (const value of [f(l.crps), f(l.brier), f(l.averagePrecision), f(l.logScore), l.cases.toLocaleString(LANG)]) {
      tr.append(text('td', value, 'num'));
    }
    return tr;
  }));
}

// A ratio the data cannot give (no event at all in the cases) comes as NaN or null: a dash.
const ratio = (x) => (Number.isFinite(x) ? x.toLocaleString(LANG, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '—');
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
    const sure = history.apLow > 1 || history.apHigh < 1 ? '' : t('warning.notSure');
    const values = { ratio: ratio(history.apRatio), low: ratio(history.apLow), high: ratio(history.apHigh), sure,
      times: Math.round(10 * history.apRatio) / 10 };
    parts.push(t(history.apRatio >= 1.05 ? 'warning.findsBetter' : history.apRatio > 0.95 ? 'warning.findsSame'
      : 'warning.findsWorse', values));
  }
  if (best && Number.isFinite(best.crpsRatio)) {
    const name = best.baseline.replace(/^best \((.*)\)$/, '$1');
    const simple = name === 'zero' ? t('warning.simpleZero') : t('warning.simpleNamed', { name: modelName(name) });
    const change = 100 * (1 - best.crpsRatio);
    const values = { change: Math.round(10 * Math.abs(change)) / 10, simple, range: range(best.crpsLow, best.crpsHigh) };
    parts.push(t(change > 0.5 ? 'warning.errorSmaller' : change >= -0.5 ? 'warning.errorSame' : 'warning.errorLarger',
      values));
  }
  if (parts.length === 2) return t('warning.conclusionBoth', { first: parts[0], second: parts[1] });
  return parts.length ? t('warning.conclusionOne', { part: parts[0] }) : '';
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
    const texts = [origin === 'all' ? t('warning.allOrigins') : monthText(origin, true),
      t('warning.ofBaseline', { ratio: ratio(best.crpsRatio), range: range(best.crpsLow, best.crpsHigh),
        baseline: modelName(best.baseline.replace(/^best \((.*)\)$/, '$1')) }),
      history ? `${ratio(history.apRatio)} (${range(history.apLow, history.apHigh)})` : '—',
      Number.isFinite(best.apLift) ? t('warning.times', { n: Math.round(10 * best.apLift) / 10 }) : '—'];
    texts.forEach((value, i) => tr.append(text('td', value, i > 0 ? 'num' : '')));
    return tr;
  }));
  if (ew.calibrationChart) ew.calibrationChart.destroy();
  const bins = (calibration || []).filter((b) => Number.isFinite(b.meanPredicted));
  const top = Math.max(0.01, ...bins.map((b) => Math.max(b.meanPredicted, b.observed)));
  ew.calibrationChart = new Chart(byId('calibration-chart'), {
    type: 'scatter',
    data: { datasets: [
      { label: t('warning.groups'), data: bins.map((b) => ({ x: 100 * b.meanPredicted, y: 100 * b.observed })), backgroundColor: '#1f4e79', pointRadius: 4, showLine: true, borderColor: '#1f4e79' },
      { label: t('warning.rightChance'), data: [{ x: 0, y: 0 }, { x: 100 * top, y: 100 * top }], showLine: true, borderColor: '#999', borderDash: [4, 4], pointRadius: 0 },
    ] },
    options: { animation: false, plugins: { legend: { position: 'bottom' } },
      scales: { x: { title: { display: true, text: t('warning.chanceForecast') }, min: 0 }, y: { title: { display: true, text: t('warning.shareSawOne') }, min: 0 } } },
  });
}

startEarlyWarning().catch((error) => { byId('alerts-status').textContent = t('warning.couldNotStart', { error: error.message }); });
