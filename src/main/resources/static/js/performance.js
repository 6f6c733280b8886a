// Performance: each indicator's series with target, baseline and status, the sectors, the change since
// last month; the monthly report's links; and the form a mission administrator adds indicators with.
'use strict';

const perf = { missionId: null, charts: [], measures: [], series: [] };
const el = (id) => document.getElementById(id);

function show(value, measure) {
  if (value === null || value === undefined) return 'no data';
  const share = perf.measures.find((m) => m.measure === measure)?.unit === 'share';
  return share ? `${(100 * value).toFixed(1)}%` : Number(value).toLocaleString('en', { maximumFractionDigits: 1 });
}

async function startPerformance() {
  const missions = await call('/api/v1/missions');
  if (!missions.length) { el('status').textContent = 'No mission.'; return; }
  const mission = await chooseMission(missions);
  showMissionSources(mission.id);
  perf.missionId = mission.id;
  el('mission-name').textContent = mission.name;
  // Indicators are defined by administrators (AccessRules.ADMINISTRATORS).
  perf.admin = await mayDo(['MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR']);
  el('indicator-form').hidden = !perf.admin;
  const [measures, sectors] = await Promise.all([
    call(`/api/v1/missions/${perf.missionId}/indicators/measures`),
    call(`/api/v1/missions/${perf.missionId}/sectors`)]);
  perf.measures = measures.measures;
  el('f-measure').replaceChildren(...perf.measures.map((m) => new Option(`${m.measure.toLowerCase().replaceAll('_', ' ')} (${m.unit})`, m.measure)));
  el('f-categories').replaceChildren(...measures.categories.map((c) => new Option(c.toLowerCase().replaceAll('_', ' '), c)));
  for (const s of sectors) el('f-sector').append(new Option(s.name, s.name));
  el('f-measure').addEventListener('change', describeMeasure);
  describeMeasure();
  el('show').addEventListener('click', showDashboard);
  el('indicator-form').addEventListener('submit', addIndicator);
  for (const id of ['report-pdf', 'report-csv']) el(id).addEventListener('click', downloadReport);
  const requested = new URLSearchParams(location.search).get('month');
  if (requested) el('month').value = requested;
  // Importing the UN's record is for administrators (AccessRules.ADMINISTRATORS).
  el('fatalities-form').hidden = el('indicator-form').hidden;
  el('fatalities-form').addEventListener('submit', importFatalities);
  await Promise.all([showDashboard(), showFatalities()]);
}

let fatalitiesChart = null;

/** The mission's peacekeeper deaths per year, stacked by cause. */
async function showFatalities() {
  const years = await call(`/api/v1/missions/${perf.missionId}/fatalities/by-year`);
  if (!years.length) {
    el('fatalities-status').textContent = 'No record of fatalities has been imported for this mission.';
    return;
  }
  const total = years.reduce((sum, y) => sum + y.total, 0);
  const malicious = years.reduce((sum, y) => sum + y.maliciousActs, 0);
  el('fatalities-status').textContent = `${total.toLocaleString('en')} peacekeepers died from ${years[0].year} to `
    + `${years[years.length - 1].year}, ${malicious.toLocaleString('en')} of them killed by malicious acts.`;
  const causes = [['maliciousActs', 'malicious acts', '#c0392b'], ['accidents', 'accidents', '#e6ab02'],
    ['illness', 'illness', '#7570b3'], ['other', 'other or not known', '#999999']];
  if (fatalitiesChart) fatalitiesChart.destroy();
  fatalitiesChart = new Chart(el('fatalities-chart'), {
    type: 'bar',
    data: { labels: years.map(y => y.year),
      datasets: causes.map(([key, label, colour]) => ({ label, data: years.map(y => y[key]), backgroundColor: colour })) },
    options: { animation: false, maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: 'peacekeepers who died' } } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } } }
  });
}

async function importFatalities(event) {
  event.preventDefault();
  const data = new FormData();
  data.append('file', el('fatalities-file').files[0]);
  el('fatalities-message').textContent = 'Sending…';
  try {
    const { status, body } = await uploadWithProgress(`/api/v1/missions/${perf.missionId}/fatalities`, data,
      share => { el('fatalities-message').textContent = `Sending… ${share}%`; });
    if (status !== 201) {
      const problems = (body.problems || []).slice(0, 5);
      el('fatalities-message').textContent = `Not imported, nothing stored: ${body.detail || status}`
        + (problems.length ? ` (${problems.join('; ')})` : '');
      return;
    }
    el('fatalities-message').textContent = `${body.rowsRead.toLocaleString('en')} rows read: `
      + `${body.stored.toLocaleString('en')} stored, ${body.skipped.toLocaleString('en')} already stored, `
      + `${body.otherMissions.toLocaleString('en')} of other missions left out.`;
    await Promise.all([showDashboard(), showFatalities()]);
  } catch (error) {
    el('fatalities-message').textContent = `Not imported: ${error.message}`;
  }
}

function describeMeasure() {
  const m = perf.measures.find((x) => x.measure === el('f-measure').value);
  el('measure-definition').textContent = m ? `${m.definition}.` : '';
  el('f-sector').disabled = !m.takesSector;
  el('f-categories').disabled = !m.takesCategories;
}

async function showDashboard() {
  el('status').textContent = 'Computing…';
  const month = el('month').value;
  let series;
  try {
    series = await call(`/api/v1/missions/${perf.missionId}/indicators/dashboard${month ? `?month=${month}` : ''}`);
  } catch (error) {
    el('status').textContent = `Could not compute: ${error.message}`;
    return;
  }
  perf.series = series;
  const last = series.length ? series[0].points[series[0].points.length - 1].month : month;
  if (!month && last) el('month').value = last;
  const shown = el('month').value;
  const base = `/api/v1/missions/${perf.missionId}/reports/monthly`;
  el('report-pdf').href = `${base}.pdf?month=${shown}`;
  el('report-html').href = `${base}.html?month=${shown}`;
  el('report-csv').href = `${base}.csv?month=${shown}`;
  el('dashboard-csv').href = URL.createObjectURL(new Blob([dashboardCsv(series)], { type: 'text/csv' }));
  const counts = {};
  series.forEach((s) => { counts[s.status] = (counts[s.status] || 0) + 1; });
  el('status').textContent = `${series.length} indicators to ${shown}: ${counts.ON_TRACK || 0} on track, ${counts.AT_RISK || 0} at risk, ` +
    `${counts.OFF_TRACK || 0} off track, ${counts.NO_DATA || 0} without data.`;
  perf.charts.forEach((c) => c.destroy());
  perf.charts = [];
  el('indicators').replaceChildren(...series.map(card));
}

/** Why a measure can have no value in a month, in words. */
const NO_DATA_WHY = {
  PEACEKEEPER_CASUALTIES: 'no incident of the month records peacekeepers killed or wounded (UCDP does not record them; incidents logged in Blue Helmet do)',
  IED_SHARE_OF_PEACEKEEPER_CASUALTIES: 'no incident of the month records peacekeepers killed or wounded (UCDP does not record them; incidents logged in Blue Helmet do)',
  VERIFIED_WITHIN_24_HOURS: 'no incident was logged in Blue Helmet in the month (imported ones are verified by their source)',
  PEOPLE_AT_RISK_WITHIN_REACH: 'no deployment map was in force, or no one lived where attacks on civilians happened',
  AREA_WITHIN_CASEVAC_REACH: 'no deployment map was in force in the month',
  CAPABILITY_FILL: 'no force requirement had been issued by the month\'s end',
  WOMEN_SHARE_DEPLOYED: 'no deployed pledge records its women (Geo-PKO does not)',
  PEACEKEEPERS_KILLED_BY_MALICIOUS_ACTS: 'the UN\'s record of fatalities imported for the mission does not cover the month',
};

async function deleteIndicator(indicator, box) {
  if (!confirm(`Delete indicator ${indicator.code} (${indicator.name})? The audit log keeps its definition.`)) return;
  try {
    await call(`/api/v1/missions/${perf.missionId}/indicators/${indicator.id}`, { method: 'DELETE' });
    await showDashboard();
  } catch (error) {
    box.append(Object.assign(document.createElement('p'), { className: 'error', textContent: `Not deleted: ${error.message}` }));
  }
}

function card(s) {
  const i = s.indicator;
  const box = document.createElement('article');
  box.className = 'indicator';
  box.dataset.code = i.code;
  const status = s.status.toLowerCase().replaceAll('_', '-');
  const change = s.change === null ? '' : ` Change on the month before: ${s.change > 0 ? '+' : ''}${show(s.change, i.measure)}.`;
  box.innerHTML = '<h3></h3><div class="figures"><span class="value"></span><span class="status"></span></div>' +
    '<p class="explain targets"></p><canvas height="150"></canvas><p class="explain definition"></p>';
  box.querySelector('h3').textContent = `${i.code} ${i.name}`;
  box.querySelector('.value').textContent = show(s.value, i.measure);
  box.querySelector('.status').classList.add(status);
  box.querySelector('.status').textContent = s.status.toLowerCase().replaceAll('_', ' ');
  box.querySelector('.targets').textContent = `Target ${show(i.target, i.measure)}; baseline ${show(s.baseline, i.measure)}.${change}`;
  box.querySelector('.definition').textContent = s.definition + (i.note ? ` ${i.note}` : '');
  if (s.value === null) {
    box.querySelector('.targets').textContent += ` No data for ${s.points[s.points.length - 1].month}: `
      + `${NO_DATA_WHY[i.measure] || 'the stored data say nothing for this month'}.`;
  }
  if (perf.admin) {
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'link-button delete-indicator';
    remove.textContent = `Delete ${i.code}`;
    remove.addEventListener('click', () => deleteIndicator(i, box));
    box.append(remove);
  }
  // A chart of a target line alone tells nothing: say there is nothing to draw instead.
  if (s.points.every((p) => p.value === null)) {
    const none = document.createElement('p');
    none.className = 'explain no-chart';
    none.textContent = `No value in any of these ${s.points.length} months: nothing to draw.`;
    box.querySelector('canvas').replaceWith(none);
    return box;
  }
  const share = perf.measures.find((m) => m.measure === i.measure)?.unit === 'share';
  const k = share ? 100 : 1;
  const labels = s.points.map((p) => p.month);
  perf.charts.push(new Chart(box.querySelector('canvas'), {
    type: 'line',
    data: { labels, datasets: [
      { label: i.unit, data: s.points.map((p) => p.value === null ? null : k * p.value), borderColor: '#1f4e79', pointRadius: 2 },
      { label: 'target', data: labels.map(() => k * i.target), borderColor: '#1a9850', borderDash: [6, 4], pointRadius: 0 },
      ...(s.baseline === null ? [] : [{ label: 'baseline', data: labels.map(() => k * s.baseline), borderColor: '#999', borderDash: [2, 3], pointRadius: 0 }]),
    ] },
    options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, title: { display: true, text: share ? '%' : i.unit } } } },
  }));
  if (s.sectors.length) {
    const table = document.createElement('table');
    table.innerHTML = '<thead><tr><th>Sector</th><th class="num">This month</th></tr></thead><tbody></tbody>';
    for (const x of s.sectors) {
      const tr = document.createElement('tr');
      tr.innerHTML = '<td></td><td class="num"></td>';
      tr.cells[0].textContent = x.sector;
      tr.cells[1].textContent = show(x.value, i.measure);
      table.tBodies[0].append(tr);
    }
    box.append(table);
  }
  return box;
}

// The report takes some seconds (a forecast is trained for the month): say so while it is made.
async function downloadReport(event) {
  event.preventDefault();
  const link = event.currentTarget;
  el('status').textContent = 'Preparing the report (the month\'s forecast, posture and indicators)…';
  try {
    const response = await fetch(link.href, { credentials: 'same-origin' });
    if (!response.ok) throw new Error((await response.json()).detail || response.status);
    const name = (response.headers.get('Content-Disposition') || '').match(/filename="([^"]+)"/)?.[1] || 'report';
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await response.blob());
    a.download = name;
    a.click();
    el('status').textContent = `Downloaded ${name}.`;
  } catch (error) {
    el('status').textContent = `The report could not be made: ${error.message}`;
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
  const number = (id) => (el(id).value === '' ? null : Number(el(id).value));
  const body = {
    code: el('f-code').value.trim(), name: el('f-name').value.trim(), measure: el('f-measure').value,
    sector: el('f-sector').disabled ? null : (el('f-sector').value || null),
    categories: el('f-categories').disabled ? [] : [...el('f-categories').selectedOptions].map((o) => o.value),
    baseline: number('f-baseline'), baselineYear: number('f-baseline-year'), target: number('f-target'),
    direction: el('f-direction').value, note: el('f-note').value.trim() || null,
  };
  el('form-status').textContent = 'Adding…';
  try {
    const created = await call(`/api/v1/missions/${perf.missionId}/indicators`, { method: 'POST', body: JSON.stringify(body) });
    el('form-status').textContent = `Added ${created.code}.`;
    await showDashboard();
  } catch (error) {
    el('form-status').textContent = error.status === 403 ? 'Only mission administrators add indicators.' : `Not added: ${error.message}`;
  }
}

startPerformance().catch((error) => { el('status').textContent = `Could not start: ${error.message}`; });
