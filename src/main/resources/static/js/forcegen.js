// Force generation: requirements against pledges with their simulated arrival dates, the
// pipeline as a board by step, the gaps per capability, and the fan chart of strength.
import { call } from './api.js';
import { LANG, dayText, monthText, t, tCount, tList, translate } from './i18n.js';
import { byId, cell, chooseMission, mayDo } from './nav.js';

const STAGES = ['PLEDGED', 'ASSESSMENT_VISIT', 'LEVEL_2', 'LEVEL_3', 'SELECTED', 'MOU', 'PRE_DEPLOYMENT_VISIT',
  'CAMP_READY', 'DEPLOYED'];
translate();
const capability = value => t(`capability.${value}`);
const stageName = value => t(`stage.${value}`);
const number = value => value.toLocaleString(LANG);
const beyond = date => (date ? dayText(date) : t('forcegen.beyondHorizon'));
let charts = [];
// The mission shown, the pledges' versions (sent back with a change of step), and whether the account keeps pledges.
const state = { missionId: null, versions: {}, requirements: [], mayKeep: false };

/** On time when even the 90th percentile arrives by the day needed; at risk when the median does. */
function status(neededBy, arrivals) {
  if (!arrivals.length) return [t('forcegen.status.noPledge'), 'off-track'];
  if (!neededBy) return [t('forcegen.status.pledged'), 'on-track'];
  const worstP50 = arrivals.map(a => a.p50 || '9999').sort().pop();
  const worstP90 = arrivals.map(a => a.p90 || '9999').sort().pop();
  if (worstP90 <= neededBy) return [t('forcegen.status.onTime'), 'on-track'];
  if (worstP50 <= neededBy) return [t('forcegen.status.atRisk'), 'at-risk'];
  return [t('forcegen.status.late'), 'off-track'];
}

function showRequirements(requirements, forecast) {
  const body = byId('requirements').querySelector('tbody');
  body.replaceChildren();
  for (const requirement of requirements) {
    const arrivals = forecast.pledges.filter(a => a.pledge.requirementId === requirement.id);
    const row = document.createElement('tr');
    cell(row, requirement.priority, 'num');
    cell(row, t('forcegen.requirement', { capability: capability(requirement.capability), reference: requirement.reference }));
    cell(row, requirement.units, 'num');
    cell(row, number(requirement.personnel), 'num');
    cell(row, requirement.sector).setAttribute('translate', 'no');
    cell(row, dayText(requirement.neededBy));
    cell(row, tList(arrivals.map(a => t('forcegen.pledgeAt', { countries: a.pledge.countries.join(' + '),
      stage: stageName(a.pledge.stage) }))));
    cell(row, tList(arrivals.map(a => beyond(a.p50))));
    cell(row, tList(arrivals.map(a => beyond(a.p90))));
    const [label, kind] = status(requirement.neededBy, arrivals);
    cell(row, label, `status ${kind}`);
    body.appendChild(row);
  }
}

function showBoard(forecast) {
  const board = byId('board');
  board.replaceChildren();
  for (const stage of STAGES) {
    const column = document.createElement('div');
    column.className = 'board-column';
    column.dataset.stage = stage;
    const inStage = forecast.pledges.filter(a => a.pledge.stage === stage);
    const heading = document.createElement('h3');
    const people = inStage.reduce((sum, a) => sum + a.pledge.personnel, 0);
    heading.textContent = tCount('forcegen.stageHeading', inStage.length, { stage: stageName(stage), people });
    column.appendChild(heading);
    if (stage === 'DEPLOYED') {
      const note = document.createElement('p');
      note.className = 'explain';
      note.textContent = t('forcegen.deployedNote');
      column.appendChild(note);
    } else {
      for (const arrival of inStage) {
        const card = document.createElement('div');
        card.className = 'card';
        const p = arrival.pledge;
        card.dataset.reference = p.reference;
        card.textContent = t('forcegen.card', { countries: p.countries.join(' + '), capability: capability(p.capability),
          people: p.personnel, women: p.women, readiness: t(`readiness.${p.readiness}`), p50: beyond(arrival.p50),
          p90: beyond(arrival.p90) });
        if (state.mayKeep) card.append(nextStepControl(p, stage));
        column.appendChild(card);
      }
    }
    board.appendChild(column);
  }
}

/**
 * The strength the requirements ask for by the end of each month: what is deployed now
 * plus every requirement needed by then (a step line beside the fan).
 */
function needed(forecast, requirements) {
  const deployedNow = forecast.pledges.filter(a => a.pledge.stage === 'DEPLOYED')
    .reduce((sum, a) => sum + a.pledge.personnel, 0);
  return forecast.strength.map(s => deployedNow + requirements
    .filter(r => r.neededBy && r.neededBy.slice(0, 7) <= s.month)
    .reduce((sum, r) => sum + r.personnel, 0));
}

/** A card's way to the next step: the day it was reached, and a button (force generation only). */
function nextStepControl(pledge, stage) {
  const next = STAGES[STAGES.indexOf(stage) + 1];
  const box = document.createElement('div');
  box.className = 'next-step';
  const day = Object.assign(document.createElement('input'), { type: 'date', value: byId('as-of-input').value,
    title: t('forcegen.dayReached') });
  day.setAttribute('aria-label', t('forcegen.dayReached'));
  const button = Object.assign(document.createElement('button'), { type: 'button',
    textContent: t('forcegen.reached', { stage: stageName(next) }) });
  button.addEventListener('click', async () => {
    try {
      await call(`/api/v1/missions/${state.missionId}/forcegen/pledges/${pledge.id}`, { method: 'PATCH',
        body: JSON.stringify({ version: state.versions[pledge.id], stage: next, on: day.value }) });
      byId('board-message').textContent = t('forcegen.moved', { reference: pledge.reference, stage: stageName(next), day: day.value });
      await show(state.missionId, byId('as-of-input').value);
    } catch (error) {
      byId('board-message').textContent = t('forcegen.notMoved', { reference: pledge.reference, error: error.message });
    }
  });
  box.append(day, button);
  return box;
}

function showCharts(fill, forecast, ceiling, requirements) {
  charts.forEach(chart => chart.destroy());
  // Per requirement, on the requirement's own scale: what it asks for, what its pledges brought, what is coming.
  const labels = fill.lines.map(l => t('forcegen.requirement', { capability: capability(l.capability), reference: l.reference }));
  charts = [new Chart(byId('gap-chart'), {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: t('forcegen.chart.deployed'), data: fill.lines.map(l => l.deployed), backgroundColor: '#4575b4', stack: 'have' },
        { label: t('forcegen.chart.pipeline'), data: fill.lines.map(l => l.pipeline), backgroundColor: '#91bfdb', stack: 'have' },
        { label: t('forcegen.chart.required'), data: fill.lines.map(l => l.required), backgroundColor: '#d73027', stack: 'need' }
      ]
    },
    options: { animation: false, indexAxis: 'y', plugins: { legend: { position: 'bottom' } },
      scales: { x: { stacked: true, title: { display: true, text: t('forcegen.chart.people') } }, y: { stacked: true } } }
  }), new Chart(byId('fan-chart'), {
    type: 'line',
    data: {
      labels: forecast.strength.map(s => monthText(s.month, true)),
      datasets: [
        { label: t('forcegen.chart.p90'), data: forecast.strength.map(s => s.p90), borderColor: '#91bfdb', pointRadius: 0, fill: false },
        { label: t('forcegen.chart.p10to90'), data: forecast.strength.map(s => s.p10), borderColor: '#91bfdb', pointRadius: 0,
          backgroundColor: 'rgba(145,191,219,0.35)', fill: '-1' },
        { label: t('forcegen.chart.median'), data: forecast.strength.map(s => s.p50), borderColor: '#4575b4', pointRadius: 0, borderWidth: 2 },
        { label: t('forcegen.chart.ceiling'), data: forecast.strength.map(() => ceiling), borderColor: '#d73027',
          borderDash: [6, 4], pointRadius: 0 },
        { label: t('forcegen.chart.needed'), data: needed(forecast, requirements), borderColor: '#1a9850',
          stepped: true, pointRadius: 0, borderWidth: 2 }
      ]
    },
    options: { animation: false, plugins: { legend: { position: 'bottom' } },
      scales: { y: { title: { display: true, text: t('forcegen.chart.people') } } } }
  })];
}

const dollars = value => t('forcegen.dollars', { amount: Math.round(value) });
const percent = value => (value === null || value === undefined ? t('map.notRecorded')
  : value.toLocaleString(LANG, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }));

async function showCost(missionId) {
  const params = new URLSearchParams();
  if (byId('personnel-rate').value) params.set('personnelPerMonth', byId('personnel-rate').value);
  if (byId('equipment-rate').value) params.set('equipmentPerPersonMonth', byId('equipment-rate').value);
  const cost = await call(`/api/v1/missions/${missionId}/forcegen/cost?${params}`);
  byId('personnel-rate').value = cost.rates.personnelPerMonth;
  byId('equipment-rate').value = cost.rates.equipmentPerPersonMonth;
  byId('cost').textContent = t('forcegen.costLine', { people: cost.personnel, month: dollars(cost.perMonth),
    year: dollars(cost.perYear) });
}

async function showWomen(missionId) {
  const women = await call(`/api/v1/missions/${missionId}/forcegen/women`);
  byId('women').textContent = t('forcegen.women', { pipeline: percent(women.pipeline), target: percent(women.target),
    deployed: percent(women.deployed) });
}

async function showDurations(missionId, asOf) {
  const [assumptions, mayKeep] = await Promise.all([call(`/api/v1/missions/${missionId}/forcegen/assumptions`),
    mayDo(['FORCE_GENERATION_OFFICER', 'MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR'])]);
  const rows = [...STAGES.filter(stage => assumptions.steps[stage]).map(stage => [stage, assumptions.steps[stage]]),
    ['RAPID_DEPLOYMENT', assumptions.rapidDeployment], ['CAMP_READY', assumptions.campReady]];
  const body = byId('durations').querySelector('tbody');
  body.replaceChildren();
  for (const [step, duration] of rows) {
    const row = document.createElement('tr');
    row.dataset.step = step;
    cell(row, step === 'RAPID_DEPLOYMENT' ? t('forcegen.step.rapid')
      : step === 'CAMP_READY' ? t('forcegen.step.campReady') : t('forcegen.step.to', { stage: stageName(step) }));
    for (const key of ['minDays', 'modeDays', 'maxDays']) {
      const input = document.createElement('input');
      input.type = 'number';
      input.min = '0';
      input.value = duration[key];
      input.className = key;
      input.setAttribute('aria-label', t(`forcegen.col.${{ minDays: 'least', modeDays: 'likely', maxDays: 'most' }[key]}`));
      cell(row, '', 'num').appendChild(input);
    }
    const save = document.createElement('button');
    save.type = 'button';
    save.textContent = t('posture.save');
    // The pipeline's durations are kept by force generation (AccessRules.FORCE_GENERATORS).
    save.hidden = !mayKeep;
    row.querySelectorAll('input').forEach(input => { input.readOnly = !mayKeep; });
    save.addEventListener('click', async () => {
      const value = key => Number(row.querySelector(`.${key}`).value);
      try {
        await call(`/api/v1/missions/${missionId}/forcegen/assumptions/${step}`, {
          method: 'PUT', body: JSON.stringify({ minDays: value('minDays'), modeDays: value('modeDays'), maxDays: value('maxDays') })
        });
        byId('durations-message').textContent = t('forcegen.durationsSaved');
        await show(missionId, byId('as-of-input').value);
      } catch (error) {
        byId('durations-message').textContent = error.message;
      }
    });
    cell(row, '').appendChild(save);
    body.appendChild(row);
  }
}

async function showLevels(missionId) {
  const levels = await call(`/api/v1/missions/${missionId}/forcegen/levels`);
  const people = value => value.toLocaleString(LANG);
  byId('levels-summary').textContent = t(levels.ceiling === null ? 'forcegen.levelsNoCeiling' : 'forcegen.levels', {
    ceiling: levels.ceiling ?? 0, deployed: levels.deployed, pipeline: levels.pipeline, required: levels.required });
  const body = byId('levels').querySelector('tbody');
  body.replaceChildren();
  for (const sector of levels.sectors) {
    const row = document.createElement('tr');
    if (sector.sector) cell(row, sector.sector).setAttribute('translate', 'no'); else cell(row, t('forcegen.noSector'));
    cell(row, people(sector.deployed), 'num');
    cell(row, people(sector.pipeline), 'num');
    cell(row, people(sector.required), 'num');
    body.appendChild(row);
  }
}

async function show(missionId, asOf) {
  byId('forecast-csv').href = `/api/v1/missions/${missionId}/forcegen/forecast.csv?asOf=${asOf}&runs=10000`;
  byId('gaps-csv').href = `/api/v1/missions/${missionId}/forcegen/gaps.csv`;
  const base = `/api/v1/missions/${missionId}/forcegen`;
  const [requirements, forecast, fill, overview, pledges] = await Promise.all([call(`${base}/requirements`),
    call(`${base}/forecast?asOf=${asOf}&runs=10000`), call(`${base}/fill?asOf=${asOf}`),
    call(`/api/v1/missions/${missionId}`), call(`${base}/pledges`)]);
  state.versions = Object.fromEntries(pledges.map(p => [p.id, p.version]));
  state.requirements = requirements;
  fillPledgeForm(requirements);
  byId('runs').textContent = number(forecast.runs);
  byId('as-of').textContent = forecast.asOf;
  const ceiling = overview.ceilingInForce ? overview.ceilingInForce.troops + overview.ceilingInForce.police : null;
  showRequirements(requirements, forecast);
  showBoard(forecast);
  showCharts(fill, forecast, ceiling, requirements);
}

/**
 * The day the page reads force generation on: the server's default (today for a serving mission, the last month the
 * data cover for a closed one), with its reason shown beside the date.
 */
async function defaultAsOf(mission) {
  const chosen = await call(`/api/v1/missions/${mission.id}/forcegen/as-of`);
  byId('as-of-reason').textContent = t('forcegen.shownAsOf', { reason: chosen.reason });
  return chosen.asOf;
}

function fillPledgeForm(requirements) {
  const select = byId('p-requirement');
  const chosen = select.value;
  select.replaceChildren(...requirements.map(r => {
    const option = document.createElement('option');
    option.value = r.id;
    option.textContent = t('forcegen.requirementOption', { reference: r.reference, capability: capability(r.capability),
      people: r.personnel });
    return option;
  }));
  if (chosen) select.value = chosen;
}

async function addPledge(event) {
  event.preventDefault();
  const list = id => byId(id).value.split(',').map(x => x.trim()).filter(Boolean);
  const requirementId = Number(byId('p-requirement').value);
  const requirement = state.requirements.find(r => r.id === requirementId);
  const body = { reference: byId('p-reference').value.trim(), countries: list('p-countries'),
    capability: requirement ? requirement.capability : null, personnel: Number(byId('p-personnel').value),
    women: Number(byId('p-women').value), equipment: byId('p-equipment').value.trim() || null,
    readiness: byId('p-readiness').value, caveats: list('p-caveats'), stage: 'PLEDGED',
    reached: { PLEDGED: byId('p-pledged').value }, sector: requirement ? requirement.sector : null, requirementId };
  try {
    await call(`/api/v1/missions/${state.missionId}/forcegen/pledges`, { method: 'POST', body: JSON.stringify(body) });
    byId('pledge-message').textContent = t('forcegen.added', { reference: body.reference });
    byId('pledge-form').reset();
    byId('p-pledged').value = byId('as-of-input').value;
    await show(state.missionId, byId('as-of-input').value);
  } catch (error) {
    byId('pledge-message').textContent = t('list.notAdded', { error: error.message });
  }
}

async function start() {
  const missions = await call('/api/v1/missions');
  const mission = await chooseMission(missions);
  state.missionId = mission.id;
  // Pledges are kept by force generation (AccessRules.FORCE_GENERATORS): others see no control to change them.
  state.mayKeep = await mayDo(['FORCE_GENERATION_OFFICER', 'MISSION_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR']);
  byId('pledge-form').hidden = !state.mayKeep;
  byId('pledge-form').addEventListener('submit', addPledge);
  byId('mission-name').textContent = mission.name;
  byId('assumptions-link').href = `/api/v1/missions/${mission.id}/forcegen/assumptions`;
  const asOf = new URLSearchParams(location.search).get('asOf') || await defaultAsOf(mission);
  byId('as-of-input').value = asOf;
  byId('p-pledged').value = asOf;
  byId('as-of-input').addEventListener('change', () => show(mission.id, byId('as-of-input').value));
  byId('rates').addEventListener('submit', event => {
    event.preventDefault();
    showCost(mission.id);
  });
  await Promise.all([show(mission.id, asOf), showDurations(mission.id), showLevels(mission.id), showCost(mission.id),
    showWomen(mission.id)]);
}

start();
