// The site's navigation: one list for every page (a page added is added here once), the
// current page marked for screen readers and the eye. Loaded right after the header.
import { call } from './api.js';
import { LANG, t, tCount } from './i18n.js';

(() => {
  const PAGES = [
    ['/', 'nav.map'], ['/incidents.html', 'nav.incidents'], ['/incident-new.html', 'nav.incidentNew'],
    ['/incidents-import.html', 'nav.import'], ['/warning.html', 'nav.warning'],
    ['/posture.html', 'nav.posture'], ['/forcegen.html', 'nav.forcegen'],
    ['/performance.html', 'nav.performance'], ['/admin.html', 'nav.admin'],
  ];
  const here = location.pathname === '/index.html' ? '/' : location.pathname;
  const links = PAGES.map(([href, key]) => {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = t(key);
    if (href === here) link.setAttribute('aria-current', 'page');
    return link;
  });
  const nav = document.querySelector('header nav');
  nav.id = nav.id || 'pages';
  nav.setAttribute('aria-label', t('nav.pages'));
  nav.replaceChildren(...links.flatMap((link, i) => (i ? [' ', link] : [link])));
  // On a narrow screen the links hide behind a menu button (CSS shows the button only there).
  const menu = Object.assign(document.createElement('button'), { type: 'button', className: 'menu', textContent: t('nav.menu') });
  menu.setAttribute('aria-expanded', 'false');
  menu.setAttribute('aria-controls', nav.id);
  menu.addEventListener('click', () => {
    const open = nav.classList.toggle('open');
    menu.setAttribute('aria-expanded', String(open));
  });
  nav.before(menu);
  // Pages and the data they last showed open with no connection (sw.js); incidents logged then wait in the outbox.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(error => console.warn('No offline use:', error.message));
  }
  forgetAnotherAccountsCopies();
  // Logging out is a POST with the CSRF token (a link cannot send one), so there is no "Are you sure?" page between.
  const logout = document.querySelector('header .logout');
  if (logout) {
    logout.textContent = t('nav.logout');
    logout.before(languageChoice());
    logout.addEventListener('click', async event => {
      event.preventDefault();
      let csrf;
      try {
        csrf = await (await fetch('/api/v1/csrf', { credentials: 'same-origin' })).json();
      } catch (expired) {
        // No token to send: the session has ended already, so the log-in page is where logging out leads.
        location.href = '/login?logout';
        return;
      }
      // The copies of pages and data kept for use offline go with the session (another person may use the device
      // next); the outbox's incidents stay, to be sent when the account that logged them logs in again.
      if (window.caches) await Promise.all((await caches.keys()).map(name => caches.delete(name)));
      const form = Object.assign(document.createElement('form'), { method: 'post', action: '/logout' });
      form.append(Object.assign(document.createElement('input'), { type: 'hidden', name: csrf.parameterName,
        value: csrf.token }));
      document.body.append(form);
      form.submit();
    });
  }
})();

/**
 * The pages and data kept for use offline belong to the account that last used this device: when another account is
 * at the keyboard (the last one's session expired, or it never logged out), they are thrown away before they can be
 * shown to it. The outbox stays: each report there is sent only by the account that logged it.
 */
async function forgetAnotherAccountsCopies() {
  if (!window.caches || !navigator.onLine) return;
  try {
    // Asked with fetch: nav.js runs before some pages load api.js.
    const answer = await fetch('/api/v1/me', { credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    if (!answer.ok) return;
    const me = await answer.json();
    const before = localStorage.getItem('bluehelmet.copiesOf');
    if (before !== me.username) {
      if (before !== null) await Promise.all((await caches.keys()).map(name => caches.delete(name)));
      localStorage.setItem('bluehelmet.copiesOf', me.username);
    }
  } catch (error) {
    console.warn('Could not check whose copies are kept:', error.message);
  }
}

/**
 * The language switch: the choice is kept with the account (every page, any browser) and the page is drawn again in
 * it.
 */
function languageChoice() {
  // Each language named in itself: not translated.
  const select = Object.assign(document.createElement('select'),
    { id: 'language-select', className: 'language', translate: false });
  select.setAttribute('aria-label', t('language.choose'));
  for (const [tag, name] of [['en', 'English'], ['fr', 'Français']]) {
    select.append(Object.assign(document.createElement('option'), { value: tag, textContent: name, lang: tag }));
  }
  select.value = LANG.startsWith('fr') ? 'fr' : 'en';
  select.addEventListener('change', async () => {
    try {
      await call('/api/v1/me/language', { method: 'PUT', body: JSON.stringify({ language: select.value }) });
      location.reload();
    } catch (error) {
      select.value = LANG.startsWith('fr') ? 'fr' : 'en';
    }
  });
  return select;
}

/**
 * Text for a Leaflet tooltip or popup, as a DOM node: Leaflet renders a string given to
 * bindTooltip or bindPopup as HTML, and a place or TOB name from the data must never be.
 */
export function plainText(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

/** plainText for a name from the data (a town, a river): the same in every language, kept out of translation. */
export function dataLabel(text) {
  const span = plainText(text);
  span.setAttribute('translate', 'no');
  return span;
}

const MISSION_KEY = 'bluehelmet.mission';

/**
 * The mission a page shows: the one in the address (?mission=), else the one the person chose last (kept with their
 * account, so on any browser; else in this browser), else the first the account sees. Shows the mission selector in
 * the header when the account sees more than one, and makes the navigation keep the mission.
 */
export async function chooseMission(missions) {
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
    select.translate = false;
    select.setAttribute('aria-label', t('nav.mission'));
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
export async function showMissionSources(missionId) {
  const footer = document.getElementById('mission-sources');
  if (!footer) return;
  const overview = await call(`/api/v1/missions/${missionId}`);
  footer.textContent = t('nav.computedFrom', { mission: overview.name,
    sources: overview.sources.map((s) => `${s.title} (${s.licence})`).join('; ') });
}

/**
 * A place search box: towns, camps and other spellings of the mission's places, asked of the server as the user
 * types; Enter or a click on a result hands the place to choose(match) (never sends a form around the box).
 */
/**
 * How many incidents logged on this device wait to be sent, in the header of the pages that use the outbox
 * (js/outbox.js, which they pass), with a link to the form that sends them.
 */
export async function showOutboxCount(outbox) {
  const header = document.querySelector('header');
  let link = document.getElementById('outbox-count');
  const count = (await outbox.all()).length;
  if (!count) {
    if (link) link.remove();
    return;
  }
  if (!link) {
    link = Object.assign(document.createElement('a'), { id: 'outbox-count', className: 'outbox-count',
      href: '/incident-new.html#outbox' });
    header.querySelector('.logout').before(link);
  }
  link.textContent = tCount('outbox.count', count);
}

/** The element with this id. */
export const byId = id => document.getElementById(id);

/** A table cell holding text, never markup, added to the row. */
export function cell(row, content, className) {
  return row.appendChild(text('td', content, className));
}

/** An element holding text, never markup. */
export function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content ?? '';
  if (className) element.className = className;
  return element;
}

/** An element holding a value from the data (a name, a sector): the same in every language. */
export function dataText(tag, content, className) {
  const element = text(tag, content, className);
  element.setAttribute('translate', 'no');
  return element;
}

/** The incident categories, in the order the forms offer them (the server's IncidentCategory). */
export const INCIDENT_CATEGORIES = ['EXPLOSIVE_DEVICE', 'AMBUSH', 'COMPLEX_ATTACK', 'SUICIDE_OR_VEHICLE_BORNE_ATTACK',
  'INDIRECT_FIRE', 'ARMED_CLASH', 'ATTACK_ON_CIVILIANS', 'ABDUCTION', 'HUMAN_RIGHTS_VIOLATION', 'DEMONSTRATION', 'OTHER'];

/** Places whose name holds the words typed, ignoring case and accents: the search when the server cannot be reached. */
function placesOffline(places, q) {
  const plain = text => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = plain(q);
  return places.filter(place => plain(place.name).includes(wanted)).slice(0, 10);
}

/**
 * The place search. {@code offline}, when given, is a list of places ({ name, position, kind }) searched on the
 * device when the server cannot be reached.
 */
export function startPlaceSearch(missionId, input, results, choose, offline) {
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
    let matches;
    try {
      matches = await call(`/api/v1/missions/${missionId}/places?q=${encodeURIComponent(q)}`);
    } catch (error) {
      if (!offline || (error.status && error.status !== 503)) throw error;
      matches = placesOffline(offline(), q);
    }
    if (question !== asked) return;
    results.replaceChildren(...matches.map(match => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${match.name}${match.matched ? ` (${match.matched})` : ''} · `
        + t(match.kind === 'site' ? 'incidentNew.camp' : 'incidentNew.placeKind');
      button.addEventListener('click', () => pick(match));
      item.append(button);
      return item;
    }));
    if (!matches.length) {
      const none = document.createElement('li');
      none.textContent = t('incidentNew.noPlace', { q });
      results.replaceChildren(none);
    }
  });
}

let navMe = null;

/**
 * Whether the account holds one of the roles (the server checks again at every request: this only keeps controls the
 * account cannot use off the page).
 */
export async function mayDo(roles) {
  navMe = navMe || call('/api/v1/me');
  const me = await navMe;
  return me.roles.some((role) => roles.includes(role));
}
