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
