// Performance: each indicator's series with target, baseline and status, the sectors, the change since
// last month; the monthly report's links; and the form a mission administrator adds indicators with.
import { call, uploadWithProgress } from './api.js';
import { LANG, monthText, t, translate } from './i18n.js';
import { byId, chooseMission, mayDo, showMissionSources } from './nav.js';

const perf = { missionId: null, charts: [], measures: [], series: [] };
translate();

function show(value, measure) {
  if (value === null || value === undefined) return t('perf.noData');
  const share = perf.measures.find((m) => m.measure === measure)?.unit === 'share';
  return share ? value.toLocaleString(LANG, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
    : Number(value).toLocaleString(LANG, { maximumFractionDigits: 1 });
}

/** What an indicator measures, with its filters, target and baseline, in the reader's words. */
function definitionWords(i) {
  const parts = [t(`measure.${i.measure}`)];
  if (i.categories && i.categories.length) {
    parts.push(t('perf.ofCategories', { categories: i.categories.map((c) => t(`category.${c}`)).sort().join(', ') }));
  }
  parts.push(i.sector ? t('perf.inSector', { sector: i.sector }) : t('perf.wholeArea'));
  const target = t(i.direction === 'LOWER_IS_BETTER' ? 'perf.targetOrLess' : 'perf.targetOrMore', { target: show(i.target, i.measure) });
  const baseline = i.baselineYear != null ? t('perf.baselineYear', { year: String(i.baselineYear) })
    : i.baseline != null ? t('perf.baselineValue', { baseline: show(i.baseline, i.measure) }) : '';
  return t('perf.definition', { what: parts.reduce((a, b) => t('perf.join', { a, b })), target, baseline });
}

async function startPerformance() {
  const missions = await call('/api/v1/missions');
  if (!missions.length) { byId('status').textContent = t('map.noMission'); return; }
  const mission = await chooseMission(missions);
  showMissionSources(mission.id);
  perf.missionId = mission.id;
  byId('mission-name').textContent = mission.name;
  // Indicators are defined by administrators (AccessRules.ADMINISTRATORS).
  perf.admin = await mayDo(['MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR']);
  byId('indicator-form').hidden = !perf.admin;
  const [measures, sectors] = await Promise.all([
    call(`/api/v1/missions/${perf.missionId}/indicators/measures`),
    call(`/api/v1/missions/${perf.missionId}/sectors`)]);
  perf.measures = measures.measures;
  byId('f-measure').replaceChildren(...perf.measures.map((m) => new Option(t('perf.measureOption',
    { name: t(`measureName.${m.measure}`), unit: t(`measureUnit.${m.measure}`) }), m.measure)));
  byId('f-categories').replaceChildren(...measures.categories.map((c) => new Option(t(`category.${c}`), c)));
  for (const s of sectors) {
    const option = new Option(s.name, s.name);
    option.setAttribute('translate', 'no');
    byId('f-sector').append(option);
  }
  byId('f-measure').addEventListener('change', describeMeasure);
  describeMeasure();
  byId('show').addEventListener('click', showDashboard);
  byId('indicator-form').addEventListener('submit', addIndicator);
  for (const id of ['report-pdf', 'report-csv']) byId(id).addEventListener('click', downloadReport);
  const requested = new URLSearchParams(location.search).get('month');
  if (requested) byId('month').value = requested;
  // Importing the UN's record is for administrators (AccessRules.ADMINISTRATORS).
  byId('fatalities-form').hidden = byId('indicator-form').hidden;
  byId('fatalities-form').addEventListener('submit', importFatalities);
  await Promise.all([showDashboard(), showFatalities()]);
}

let fatalitiesChart = null;

/** The mission's peacekeeper deaths per year, stacked by cause. */
async function showFatalities() {
  const years = await call(`/api/v1/missions/${perf.missionId}/fatalities/by-year`);
  if (!years.length) {
    byId('fatalities-status').textContent = t('perf.noFatalities');
    return;
  }
  const total = years.reduce((sum, y) => sum + y.total, 0);
  const malicious = years.reduce((sum, y) => sum + y.maliciousActs, 0);
  byId('fatalities-status').textContent = t('perf.fatalities', { total, from: String(years[0].year),
    to: String(years[years.length - 1].year), malicious });
  const causes = [['maliciousActs', t('perf.cause.malicious'), '#c0392b'], ['accidents', t('perf.cause.accidents'), '#e6ab02'],
    ['illness', t('perf.cause.illness'), '#7570b3'], ['other', t('perf.cause.other'), '#999999']];
  if (fatalitiesChart) fatalitiesChart.destroy();
  fatalitiesChart = new Chart(byId('fatalities-chart'), {
    type: 'bar',
    data: { labels: years.map(y => y.year),
      datasets: causes.map(([key, label, colour]) => ({ label, data: years.map(y => y[key]), backgroundColor: colour })) },
    options: { animation: false, maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: t('perf.peacekeepersDied') } } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } } }
  });
}

async function importFatalities(event) {
  event.preventDefault();
  const data = new FormData();
  data.append('file', byId('fatalities-file').files[0]);
  byId('fatalities-message').textContent = t('perf.sending');
  try {
    const { status, body } = await uploadWithProgress(`/api/v1/missions/${perf.missionId}/fatalities`, data,
      share => { byId('fatalities-message').textContent = t('perf.sendingShare', { share }); });
    if (status !== 201) {
      const problems = (body.problems || []).slice(0, 5);
      byId('fatalities-message').textContent = t(problems.length ? 'perf.notImportedProblems' : 'perf.notImportedNothing',
        { detail: body.detail || status, problems: problems.join('; ') });
      return;
    }
    byId('fatalities-message').textContent = t('perf.imported', { read: body.rowsRead, stored: body.stored,
      skipped: body.skipped, others: body.otherMissions });
    await Promise.all([showDashboard(), showFatalities()]);
  } catch (error) {
    byId('fatalities-message').textContent = t('perf.notImported', { error: error.message });
  }
}

function describeMeasure() {
  const m = perf.measures.find((x) => x.measure === byId('f-measure').value);
  byId('measure-definition').textContent = m ? t('perf.measureDefinition', { definition: t(`measure.${m.measure}`) }) : '';
  byId('f-sector').disabled = !m.takesSector;
  byId('f-categories').disabled = !m.takesCategories;
}

async function showDashboard() {
  byId('status').textContent = t('perf.computing');
  const month = byId('month').value;
  let series;
  try {
    series = await call(`/api/v1/missions/${perf.missionId}/indicators/dashboard${month ? `?month=${month}` : ''}`);
  } catch (error) {
    byId('status').textContent = t('perf.couldNotCompute', { error: error.message });
    return;
  }
  perf.series = series;
  const last = series.length ? series[0].points[series[0].points.length - 1].month : month;
  if (!month && last) byId('month').value = last;
  const shown = byId('month').value;
  const base = `/api/v1/missions/${perf.missionId}/reports/monthly`;
  byId('report-pdf').href = `${base}.pdf?month=${shown}`;
  byId('report-html').href = `${base}.html?month=${shown}`;
  byId('report-csv').href = `${base}.csv?month=${shown}`;
  byId('dashboard-csv').href = URL.createObjectURL(new Blob([dashboardCsv(series)], { type: 'text/csv' }));
  const counts = {};
  series.forEach((s) => { counts[s.status] = (counts[s.status] || 0) + 1; });
  byId('status').textContent = t('perf.summary', { n: series.length, month: shown, onTrack: counts.ON_TRACK || 0,
    atRisk: counts.AT_RISK || 0, offTrack: counts.OFF_TRACK || 0, noData: counts.NO_DATA || 0 });
  perf.charts.forEach((c) => c.destroy());
  perf.charts = [];
  byId('indicators').replaceChildren(...series.map(card));
}

/** Why a measure can have no value in a month, in words (message noDataWhy.<measure>). */
function noDataWhy(measure) {
  const key = `noDataWhy.${measure}`;
  return key in (window.BH_MESSAGES || {}) ? t(key) : t('noDataWhy.other');
}

async function deleteIndicator(indicator, box) {
  if (!confirm(t('perf.confirmDelete', { code: indicator.code, name: indicator.name }))) return;
  try {
    await call(`/api/v1/missions/${perf.missionId}/indicators/${indicator.id}`, { method: 'DELETE' });
    await showDashboard();
  } catch (error) {
    box.append(Object.assign(document.createElement('p'), { className: 'error', textContent: t('list.notDeleted', { error: error.message }) }));
  }
}

function card(s) {
  const i = s.indicator;
  const box = document.createElement('article');
  box.className = 'indicator';
  box.dataset.code = i.code;
  const status = s.status.toLowerCase().replaceAll('_', '-');
  const change = s.change === null ? '' : t('perf.change', { change: `${s.change > 0 ? '+' : ''}${show(s.change, i.measure)}` });
  box.innerHTML = '<h3></h3><div class="figures"><span class="value"></span><span class="status"></span></div>' +
    '<p class="explain targets"></p><canvas height="150"></canvas><p class="explain definition"></p>';
  box.querySelector('h3').textContent = `${i.code} ${i.name}`;
  // The indicator's name is the mission's own, as its administrators wrote it.
  box.querySelector('h3').setAttribute('translate', 'no');
  box.querySelector('.value').textContent = show(s.value, i.measure);
  box.querySelector('.status').classList.add(status);
  box.querySelector('.status').textContent = t(`perfStatus.${s.status}`);
  box.querySelector('.targets').textContent = t('perf.targets', { target: show(i.target, i.measure),
    baseline: show(s.baseline, i.measure), change });
  box.querySelector('.definition').textContent = definitionWords(i);
  if (i.note) {
    const note = document.createElement('span');
    note.setAttribute('translate', 'no'); // the administrator's own note
    note.textContent = ` ${i.note}`;
    box.querySelector('.definition').append(note);
  }
  if (s.value === null) {
    box.querySelector('.targets').textContent += ' ' + t('perf.noDataFor', { month: s.points[s.points.length - 1].month,
      why: noDataWhy(i.measure) });
  }
  if (perf.admin) {
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'link-button delete-indicator';
    remove.textContent = t('perf.delete', { code: i.code });
    remove.addEventListener('click', () => deleteIndicator(i, box));
    box.append(remove);
  }
  // A chart of a target line alone tells nothing: say there is nothing to draw instead.
  if (s.points.every((p) => p.value === null)) {
    const none = document.createElement('p');
    none.className = 'explain no-chart';
    none.textContent = t('perf.nothingToDraw', { n: s.points.length });
    box.querySelector('canvas').replaceWith(none);
    return box;
  }
  const share = perf.measures.find((m) => m.measure === i.measure)?.unit === 'share';
  const k = share ? 100 : 1;
  const labels = s.points.map((p) => monthText(p.month, true));
  perf.charts.push(new Chart(box.querySelector('canvas'), {
    type: 'line',
    data: { labels, datasets: [
      { label: t(`measureUnit.${i.measure}`), data: s.points.map((p) => p.value === null ? null : k * p.value), borderColor: '#1f4e79', pointRadius: 2 },
      { label: t('perf.target'), data: labels.map(() => k * i.target), borderColor: '#1a9850', borderDash: [6, 4], pointRadius: 0 },
      ...(s.baseline === null ? [] : [{ label: t('perf.baseline'), data: labels.map(() => k * s.baseline), borderColor: '#999', borderDash: [2, 3], pointRadius: 0 }]),
    ] },
    options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, title: { display: true, text: share ? '%' : t(`measureUnit.${i.measure}`) } } } },
  }));
  if (s.sectors.length) {
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    head.append(Object.assign(document.createElement('th'), { textContent: t('map.sector') }),
      Object.assign(document.createElement('th'), { textContent: t('perf.thisMonth'), className: 'num' }));
    const body = table.createTBody();
    for (const x of s.sectors) {
      const tr = body.insertRow();
      const sector = tr.insertCell();
      sector.textContent = x.sector;
      sector.setAttribute('translate', 'no');
      const value = tr.insertCell();
      value.className = 'num';
      value.textContent = show(x.value, i.measure);
    }
    box.append(table);
  }
  return box;
}

// The report takes some seconds (a forecast is trained for the month): it is made as a job on whichever server is
// free, followed here, then fetched through any server. The links keep the direct addresses for a new tab.
async function downloadReport(event) {
  event.preventDefault();
  const format = event.currentTarget.id.replace('report-', '');
  const base = `/api/v1/missions/${perf.missionId}/reports/jobs`;
  byId('status').textContent = t('perf.preparingReport');
  try {
    let job = await call(`${base}?format=${format}&month=${encodeURIComponent(byId('month').value)}`, { method: 'POST' });
    while (job.state === 'QUEUED' || job.state === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = await call(`${base}/${job.id}`);
    }
    if (job.state !== 'DONE') throw new Error(job.error || job.state);
    const response = await fetch(`${base}/${job.id}/file`, { credentials: 'same-origin' });
    if (!response.ok) throw new Error((await response.json()).detail || response.status);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await response.blob());
    a.download = job.fileName;
    a.click();
    byId('status').textContent = t('perf.downloaded', { name: job.fileName });
  } catch (error) {
    byId('status').textContent = t('perf.reportFailed', { error: error.message });
  }
}

function dashboardCsv(series) {
  const rows = [['code', 'name', 'month', 'value', 'target', 'baseline', 'status']];
  for (const s of series) {
    for (const p of s.points) {
      rows.push([s.indicator.code, s.indicator.name, p.month, p.value ?? '', s.indicator.target, s.baseline ?? '', s.status]);
    }
  }
  return rows.map((r) => r.map((v) => `"${String(v).replaceAll('"', '""')}"`).join(',')).join('\n') + '\n';
}

async function addIndicator(event) {
  event.preventDefault();
  const number = (id) => (byId(id).value === '' ? null : Number(byId(id).value));
  const body = {
    code: byId('f-code').value.trim(), name: byId('f-name').value.trim(), measure: byId('f-measure').value,
    sector: byId('f-sector').disabled ? null : (byId('f-sector').value || null),
    categories: byId('f-categories').disabled ? [] : [...byId('f-categories').selectedOptions].map((o) => o.value),
    baseline: number('f-baseline'), baselineYear: number('f-baseline-year'), target: number('f-target'),
    direction: byId('f-direction').value, note: byId('f-note').value.trim() || null,
  };
  byId('form-status').textContent = t('perf.adding');
  try {
    const created = await call(`/api/v1/missions/${perf.missionId}/indicators`, { method: 'POST', body: JSON.stringify(body) });
    byId('form-status').textContent = t('perf.added', { code: created.code });
    await showDashboard();
  } catch (error) {
    byId('form-status').textContent = error.status === 403 ? t('perf.onlyAdmins') : t('list.notAdded', { error: error.message });
  }
}

startPerformance().catch((error) => { byId('status').textContent = t('warning.couldNotStart', { error: error.message }); });
