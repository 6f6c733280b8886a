// What every map of Blue Helmet draws under its data: a Leaflet map speaking the reader's language, the mission's
// geography (rivers, lakes, roads, regions) with its legend, and the largest towns, named as text, never as HTML.
import { t } from './i18n.js';
import { dataLabel } from './nav.js';

/**
 * A Leaflet map whose own controls speak the reader's language: zoom buttons named from the bundle, the library's
 * credit kept out of translation (a name).
 */
export function newMap(id, options = {}) {
  const created = L.map(id, { ...options, zoomControl: false });
  L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(created);
  // A constant, not data.
  created.attributionControl.setPrefix('<a href="https://leafletjs.com" translate="no">Leaflet</a>');
  return created;
}

/** Text for the few Leaflet options that take HTML. */
export function escapedHtml(value) {
  const holder = document.createElement('div');
  holder.textContent = value;
  return holder.innerHTML;
}

/**
 * How the base map's layers are drawn, by the layer's name in the mission's pack (named by message map.geo.<name>);
 * others as plain grey lines under the pack's own name.
 */
const GEOGRAPHY_STYLES = {
  regions: { style: { color: '#8a8f96', weight: 1, dashArray: '4 3', fill: false } },
  lakes: { style: { color: '#5b9bd5', weight: 1, fillColor: '#a9cbe8', fillOpacity: 0.9 } },
  rivers: { style: { color: '#4a90d9', weight: 2, opacity: 0.9, fill: false } },
  roads: { style: { color: '#b0683a', weight: 1.5, opacity: 0.85, fill: false } },
};

/**
 * The mission's geography (its pack's rivers, lakes, roads, regions) drawn under the data, in a pane below the
 * sectors and markers, with each named line or area labelled once. Returns what was drawn, for the legend.
 */
export function drawGeography(map, geography) {
  if (!map.getPane('geography')) {
    map.createPane('geography').style.zIndex = 350;
  }
  return (geography || []).map(layer => {
    const known = GEOGRAPHY_STYLES[layer.name];
    const drawn = { name: layer.name, known: Boolean(known),
      label: known ? t(`map.geo.${layer.name}`) : layer.name.replaceAll('-', ' '),
      style: known ? known.style : { color: '#80868d', weight: 1, fill: false } };
    L.geoJSON(layer.features, {
      pane: 'geography', interactive: false, style: { ...drawn.style, className: `geo-${layer.name}` },
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 2, pane: 'geography', ...drawn.style }),
      onEachFeature: (f, drawnFeature) => labelFeature(map, f, drawnFeature, layer.name),
    }).addTo(map);
    return drawn;
  });
}

/** A feature's name written at the middle of its longest line (or its centre), as text, never as HTML. */
function labelFeature(map, feature, drawnFeature, layerName) {
  const name = feature.properties && feature.properties.name;
  if (!name || !drawnFeature.getLatLngs) return;
  const lines = flatLines(drawnFeature.getLatLngs());
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), []);
  const at = layerName === 'lakes' || layerName === 'regions' ? drawnFeature.getBounds().getCenter()
    : longest[Math.floor(longest.length / 2)];
  if (!at) return;
  const label = document.createElement('span');
  label.textContent = name;
  label.setAttribute('translate', 'no');
  L.marker(at, { icon: L.divIcon({ html: label, className: `geo-label geo-label-${layerName}`, iconSize: null }),
    interactive: false, keyboard: false, pane: 'geography' }).addTo(map);
}

/** The lines of a Leaflet polyline or polygon's nested lat-lng arrays. */
function flatLines(latLngs) {
  if (latLngs.length && latLngs[0] instanceof L.LatLng) return [latLngs];
  return latLngs.flatMap(flatLines);
}

/** The legend lines for the geography drawn: a short stroke in the layer's style and its name. */
export function geographyLegend(box, drawn) {
  for (const layer of drawn) {
    const line = document.createElement('div');
    const stroke = document.createElement('span');
    stroke.className = 'stroke';
    stroke.style.borderTop = `${Math.max(2, layer.style.weight)}px ${layer.style.dashArray ? 'dashed' : 'solid'} ${layer.style.color}`;
    if (layer.style.fillColor) stroke.style.background = layer.style.fillColor;
    const label = document.createElement('span');
    label.textContent = layer.label;
    if (!layer.known) label.setAttribute('translate', 'no'); // the pack's own name for its layer
    line.append(stroke, label);
    box.append(line);
  }
}

/** The mission's largest towns, named: the fifteen largest always, the others when the mouse is on them. */
export function drawTowns(map, places) {
  L.layerGroup((places || []).map((place, i) => L.circleMarker([place.position.lat, place.position.lon],
    { radius: 2, color: '#39424e', weight: 1, fillOpacity: 1, interactive: i >= 15, className: 'place-dot' })
    .bindTooltip(dataLabel(place.name), i < 15
      ? { permanent: true, direction: 'right', offset: [3, 0], className: 'place-label' } : {})))
    .addTo(map);
}
