// The site's navigation: one list for every page (a page added is added here once), the
// current page marked for screen readers and the eye. Loaded right after the header.
'use strict';

(() => {
  const PAGES = [
    ['/', 'Deployment map'], ['/incidents.html', 'Incidents'], ['/incident-new.html', 'Log an incident'],
    ['/incidents-import.html', 'Import incidents'], ['/warning.html', 'Early warning'],
    ['/posture.html', 'Posture planner'], ['/forcegen.html', 'Force generation'],
    ['/performance.html', 'Performance'], ['/admin.html', 'Administration'],
  ];
  const here = location.pathname === '/index.html' ? '/' : location.pathname;
  const links = PAGES.map(([href, text]) => {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    if (href === here) link.setAttribute('aria-current', 'page');
    return link;
  });
  document.querySelector('header nav').replaceChildren(...links.flatMap((link, i) => (i ? [' ', link] : [link])));
})();

/**
 * Text for a Leaflet tooltip or popup, as a DOM node: Leaflet renders a string given to
 * bindTooltip or bindPopup as HTML, and a place or TOB name from the data must never be.
 */
function plainText(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

const MISSION_KEY = 'bluehelmet.mission';

/**
 * The mission a page shows: the one in the address (?mission=), else the one the person chose last (kept with their
 * account, so on any browser; else in this browser), else the first the account sees. Shows the mission selector in
 * the header when the account sees more than one, and makes the navigation keep the mission.
 */
async function chooseMission(missions) {
  let remembered = null;
  try {
    remembered = (await call('/api/v1/me')).mission;
  } catch (error) {
    remembered = null;
  }
  const wanted = new URLSearchParams(location.search).get('mission') || remembered || localStorage.getItem(MISSION_KEY);
  const mission = missions.find((m) => m.id === wanted) || missions[0];
  if (!mission) return undefined;
  localStorage.setItem(MISSION_KEY, mission.id);
  for (const link of document.querySelectorAll('header nav a')) {
    const target = new URL(link.href);
    target.searchParams.set('mission', mission.id);
    link.href = target.pathname + target.search;
  }
  if (missions.length > 1 && !document.getElementById('mission-select')) {
    const select = document.createElement('select');
    select.id = 'mission-select';
    select.setAttribute('aria-label', 'Mission');
    for (const m of missions) {
      const option = document.createElement('option');
      option.value = m.id;
      option.textContent = m.name;
      select.appendChild(option);
    }
    select.value = mission.id;
    select.addEventListener('change', async () => {
      localStorage.setItem(MISSION_KEY, select.value);
      try {
        await call('/api/v1/me/mission', { method: 'PUT', body: JSON.stringify({ mission: select.value }) });
      } catch (error) {
        // Kept in this browser only; the page still changes mission.
      }
      const here = new URL(location.href);
      here.searchParams.set('mission', select.value);
      location.href = here.pathname + here.search;
    });
    const header = document.querySelector('header');
    header.insertBefore(select, header.querySelector('.logout'));
  }
  return mission;
}

/**
 * Fills the page's footer (element id "mission-sources") with the sources the mission's pack cites: what the page's
 * figures are computed from, for whichever mission is shown.
 */
async function showMissionSources(missionId) {
  const footer = document.getElementById('mission-sources');
  if (!footer) return;
  const overview = await call(`/api/v1/missions/${missionId}`);
  footer.textContent = `Computed from the stored data of ${overview.name}. Its sources: `
    + overview.sources.map((s) => `${s.title} (${s.licence})`).join('; ') + '.';
}

/**
 * A place search box: towns, camps and other spellings of the mission's places, asked of the server as the user
 * types; Enter or a click on a result hands the place to choose(match) (never sends a form around the box).
 */
function startPlaceSearch(missionId, input, results, choose) {
  let asked = 0;
  const pick = match => { results.replaceChildren(); choose(match); };
  input.addEventListener('keydown', event => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = results.querySelector('button');
    if (first) first.click();
  });
  input.addEventListener('input', async () => {
    const question = ++asked;
    const q = input.value.trim();
    if (q.length < 2) { results.replaceChildren(); return; }
    const matches = await call(`/api/v1/missions/${missionId}/places?q=${encodeURIComponent(q)}`);
    if (question !== asked) return;
    results.replaceChildren(...matches.map(match => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${match.name}${match.matched ? ` (${match.matched})` : ''} · ${match.kind === 'site' ? 'camp' : 'place'}`;
      button.addEventListener('click', () => pick(match));
      item.append(button);
      return item;
    }));
    if (!matches.length) {
      const none = document.createElement('li');
      none.textContent = `No place called ${q}.`;
      results.replaceChildren(none);
    }
  });
}

let navMe = null;

/**
 * Whether the account holds one of the roles (the server checks again at every request: this only keeps controls the
 * account cannot use off the page).
 */
async function mayDo(roles) {
  navMe = navMe || call('/api/v1/me');
  const me = await navMe;
  return me.roles.some((role) => roles.includes(role));
}
