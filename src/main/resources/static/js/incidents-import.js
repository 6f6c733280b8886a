// Uploads a file of incidents with a progress bar, then follows the import job until its report is ready.
import { call } from './api.js';
import { LANG, t, translate } from './i18n.js';
import { chooseMission, text } from './nav.js';

translate();
const form = document.getElementById('import-form');
const status = document.getElementById('status');
let missionId;

function upload(url, data, csrf) {
  // XMLHttpRequest, not fetch: only it reports upload progress.
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader(csrf.headerName, csrf.token);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    const bar = document.getElementById('upload-progress');
    document.getElementById('upload-label').hidden = false;
    request.upload.onprogress = event => {
      if (event.lengthComputable) bar.value = Math.round(100 * event.loaded / event.total);
    };
    request.onload = () => {
      document.getElementById('upload-label').hidden = true;
      resolve({ status: request.status, body: JSON.parse(request.responseText || '{}') });
    };
    request.onerror = () => reject(new Error(t('import.uploadFailed')));
    request.send(data);
  });
}

async function follow(jobUrl) {
  for (;;) {
    const job = await call(jobUrl);
    if (job.state === 'DONE') return job.report;
    // Failed, or interrupted (the server running it stopped): say why rather than wait for ever.
    if (job.state === 'FAILED' || job.state === 'INTERRUPTED') throw new Error(job.error);
    status.textContent = job.state === 'QUEUED' ? t('import.waiting') : t('import.progress', { n: job.rowsRead });
    await new Promise(done => setTimeout(done, 500));
  }
}

function showReport(report) {
  const section = document.getElementById('report');
  const stored = report.status === 'STORED';
  section.className = stored ? 'report' : 'report rejected';
  document.getElementById('verdict').textContent = t(stored ? 'import.verdictStored' : 'import.verdictRejected',
    { file: report.fileName });
  for (const [id, value] of [['rows-read', report.rowsRead], ['stored', report.stored], ['skipped', report.skipped],
    ['rejected', report.rejected], ['withheld', report.withheld], ['suspected', report.suspectedDuplicates]]) {
    document.getElementById(id).textContent = value.toLocaleString(LANG);
  }
  document.getElementById('withheld-row').hidden = report.withheld === 0;
  document.getElementById('more-problems').hidden = !report.moreProblems;
  const problems = document.querySelector('#problems tbody');
  problems.replaceChildren(...report.problems.map(problem => {
    const tr = document.createElement('tr');
    tr.append(text('td', problem.line, 'num'), text('td', problem.field || ''), text('td', problem.reason));
    return tr;
  }));
  document.getElementById('problems').hidden = report.problems.length === 0;
  document.getElementById('problems-title').hidden = report.problems.length === 0;
  section.hidden = false;
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const button = document.getElementById('start');
  button.disabled = true;
  document.getElementById('report').hidden = true;
  status.textContent = t('import.uploadingNow');
  try {
    const csrf = await call('/api/v1/csrf');
    const data = new FormData();
    data.append('file', document.getElementById('file').files[0]);
    const format = document.getElementById('format').value;
    const skip = document.getElementById('skip-bad-rows').checked;
    const url = `/api/v1/missions/${missionId}/incidents/imports?wait=false&format=${format}&skipBadRows=${skip}`;
    const accepted = await upload(url, data, csrf);
    if (accepted.status !== 202) {
      throw new Error(accepted.body.detail || t('import.serverAnswered', { status: accepted.status }));
    }
    const report = await follow(`/api/v1/missions/${missionId}/incidents/imports/jobs/${accepted.body.id}`);
    status.textContent = '';
    showReport(report);
  } catch (error) {
    status.textContent = t('import.failed', { error: error.message });
  } finally {
    button.disabled = false;
  }
});

call('/api/v1/missions').then(async missions => {
  const mission = await chooseMission(missions);
  missionId = mission.id;
  document.getElementById('mission-name').textContent = mission.name;
}).catch(error => { status.textContent = t('import.noMissions', { error: error.message }); });
