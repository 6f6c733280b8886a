// The pages' words in the reader's language. /i18n/messages.js, loaded just before, sets BH_LANG and BH_MESSAGES (the
// server picks the language: the account's choice, else the browser's, else English). Text written in a page carries
// data-i18n="key" (and data-i18n-placeholder, data-i18n-aria-label, data-i18n-title for attributes); scripts write
// t('key', { name: value }). Numbers are written as the language writes them (1 234,5 in French).

export const LANG = window.BH_LANG || 'en';
document.documentElement.lang = LANG;

// Dates as the language writes them: British English (the UN's) and French. ISO dates (2020-12, 2020-12-05) stay in
// forms, addresses and exports.
const DATE_LOCALE = LANG === 'fr' ? 'fr' : 'en-GB';
const MONTH_FORMAT = new Intl.DateTimeFormat(DATE_LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_MONTH_FORMAT = new Intl.DateTimeFormat(DATE_LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_FORMAT = new Intl.DateTimeFormat(DATE_LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MOMENT_FORMAT = new Intl.DateTimeFormat(DATE_LOCALE, { day: 'numeric', month: 'short', year: 'numeric',
  hour: '2-digit', minute: '2-digit' });
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The pseudo-locale marks what it writes, as it marks messages. */
function marked(text) {
  return LANG === 'en-XA' ? `⟦${text}⟧` : text;
}

/** A month (2020-12) written out: "December 2020", "décembre 2020"; short: "Dec 2020", "déc. 2020". */
export function monthText(iso, short = false) {
  if (!ISO_MONTH.test(iso || '')) return iso || '';
  return marked((short ? SHORT_MONTH_FORMAT : MONTH_FORMAT).format(new Date(`${iso}-01T00:00:00Z`)));
}

/** A day (2020-12-05): "5 Dec 2020", "5 déc. 2020". */
export function dayText(iso) {
  if (!ISO_DAY.test(iso || '')) return iso || '';
  const date = new Date(`${iso}T00:00:00Z`);
  // 2021-02-30 is no day: shown as given, not as 2 March.
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? iso : marked(DAY_FORMAT.format(date));
}

/** A moment (2020-12-05T10:03:00Z) in the reader's time zone: "5 Dec 2020, 11:03". */
export function momentText(iso) {
  if (!ISO_MOMENT.test(iso || '')) return iso || '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : marked(MOMENT_FORMAT.format(date));
}

/** A value put into a message: numbers and dates as the language writes them. */
function formatted(value) {
  if (typeof value === 'number') return value.toLocaleString(LANG);
  const text = String(value);
  if (ISO_MONTH.test(text)) return monthText(text);
  if (ISO_DAY.test(text)) return dayText(text);
  if (ISO_MOMENT.test(text)) return momentText(text);
  return text;
}

/** A message with its {names} filled in; the key itself (and an error in the console) when the bundle lacks it. */
export function t(key, params = {}) {
  let text = (window.BH_MESSAGES || {})[key];
  if (text === undefined) {
    console.error(`No message ${key} in ${LANG}`);
    text = key;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? formatted(params[name]) : whole));
}

/** One of two messages by count: key.one or key.many, with {n}. */
export function tCount(key, n, params = {}) {
  return t(`${key}.${n === 1 ? 'one' : 'many'}`, { n, ...params });
}

/** Items as one list in the language's punctuation ("a; b" in English, "a ; b" in French). */
export function tList(items) {
  return items.length ? items.reduce((a, b) => t('list.join', { a, b })) : '';
}

/** Puts the language's words into the page's marked elements under root. */
export function translate(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(element => { element.textContent = t(element.dataset.i18n); });
  for (const attribute of ['placeholder', 'aria-label', 'title']) {
    root.querySelectorAll(`[data-i18n-${attribute}]`)
      .forEach(element => element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`))));
  }
}
