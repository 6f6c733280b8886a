// The pages' words in the reader's language. /i18n/messages.js, loaded just before, sets BH_LANG and BH_MESSAGES (the
// server picks the language: the account's choice, else the browser's, else English). Text written in a page carries
// data-i18n="key" (and data-i18n-placeholder, data-i18n-aria-label, data-i18n-title for attributes); scripts write
// t('key', { name: value }). Numbers are written as the language writes them (1 234,5 in French).
'use strict';

const LANG = window.BH_LANG || 'en';
document.documentElement.lang = LANG;

function formatted(value) {
  return typeof value === 'number' ? value.toLocaleString(LANG) : String(value);
}

/** A message with its {names} filled in; the key itself (and an error in the console) when the bundle lacks it. */
function t(key, params = {}) {
  let text = (window.BH_MESSAGES || {})[key];
  if (text === undefined) {
    console.error(`No message ${key} in ${LANG}`);
    text = key;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? formatted(params[name]) : whole));
}

/** One of two messages by count: key.one or key.many, with {n}. */
function tCount(key, n, params = {}) {
  return t(`${key}.${n === 1 ? 'one' : 'many'}`, { n, ...params });
}

/** Items as one list in the language's punctuation ("a; b" in English, "a ; b" in French). */
function tList(items) {
  return items.length ? items.reduce((a, b) => t('list.join', { a, b })) : '';
}

/** Puts the language's words into the page's marked elements under root. */
function translate(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(element => { element.textContent = t(element.dataset.i18n); });
  for (const attribute of ['placeholder', 'aria-label', 'title']) {
    root.querySelectorAll(`[data-i18n-${attribute}]`)
      .forEach(element => element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`))));
  }
}
