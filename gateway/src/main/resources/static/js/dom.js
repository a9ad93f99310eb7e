// Small DOM helpers. No innerHTML anywhere: text always goes through textContent, so data from the
// services can never become markup (and the pages stay compatible with a strict CSP / Trusted Types).

import { fieldLabel } from './api.js';

/**
 * el('button', {class: 'primary', type: 'button', on: {click: fn}, dataset: {testid: 'x'}}, 'Text', child)
 * Props: class, text, dataset, on (event listeners), hidden/disabled/checked/... (boolean properties),
 * anything else becomes an attribute (null/undefined/false values are skipped).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else if (['hidden', 'disabled', 'checked', 'selected', 'required', 'readOnly', 'value'].includes(key)) node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces a node's children, skipping null/false children (optional sections). */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`SpineCare page is missing #${id}`);
  return node;
}

export function show(node, visible = true) {
  node.hidden = !visible;
}

/** Puts text in a status region; kind: info | success | error. Live regions announce the change. */
export function setMessage(region, text, kind = 'info') {
  region.textContent = text || '';
  region.dataset.kind = kind;
  region.hidden = !text;
}

/** Disables a button while a request runs and says so to assistive technology. */
export async function whileBusy(button, task) {
  const wasDisabled = button.disabled;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } finally {
    button.disabled = wasDisabled;
    button.removeAttribute('aria-busy');
  }
}

/** Moves keyboard and screen-reader focus to a heading or region (given tabindex="-1" if needed). */
export function focusOn(node) {
  if (!node) return;
  if (!node.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(node.tagName)) {
    node.setAttribute('tabindex', '-1');
  }
  node.focus({ preventScroll: false });
}

/** Removes what showFieldErrors added. */
export function clearFieldErrors(form) {
  for (const node of form.querySelectorAll('.field-error')) node.remove();
  for (const input of form.querySelectorAll('[aria-invalid="true"]')) {
    input.removeAttribute('aria-invalid');
    const describedBy = (input.getAttribute('aria-describedby') || '')
      .split(' ')
      .filter((id) => id && !id.endsWith('-error'));
    if (describedBy.length) input.setAttribute('aria-describedby', describedBy.join(' '));
    else input.removeAttribute('aria-describedby');
  }
  const summary = form.querySelector('.error-summary');
  if (summary) {
    summary.replaceChildren();
    summary.hidden = true;
  }
}

/**
 * Shows field errors ([{field, message}]) next to the inputs whose data-field matches, and lists
 * all of them in the form's .error-summary (role=alert). Errors without a matching input are
 * listed in the summary only. Focus moves to the summary.
 */
export function showFieldErrors(form, errors, heading = 'Please check the following') {
  clearFieldErrors(form);
  const summary = form.querySelector('.error-summary');
  const items = [];
  for (const error of errors) {
    const input = form.querySelector(`[data-field="${cssEscape(error.field)}"]`);
    const text = `${input ? labelTextOf(input) || fieldLabel(error.field) : fieldLabel(error.field)}: ${error.message}`;
    if (input) {
      const errorId = `${input.id || cssSafe(error.field)}-error`;
      input.setAttribute('aria-invalid', 'true');
      const describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      input.setAttribute('aria-describedby', [...describedBy, errorId].join(' '));
      const message = el('p', { class: 'field-error', id: errorId, text: error.message });
      if (input.tagName === 'FIELDSET') {
        const legend = input.querySelector('legend');
        input.insertBefore(message, legend ? legend.nextSibling : input.firstChild);
      } else if (/^(checkbox|radio)$/.test(input.type)) {
        const row = input.parentElement; // a .checkbox/.radio grid row: the message goes above it
        row.parentElement.insertBefore(message, row);
      } else {
        input.parentElement.insertBefore(message, input);
      }
      const target = input.tagName === 'FIELDSET' ? input.querySelector('input, select, textarea') || input : input;
      const goTo = (event) => {
        event.preventDefault();
        focusOn(target);
      };
      items.push(el('li', {}, el('a', { href: `#${target.id || ''}`, on: { click: goTo } }, text)));
    } else {
      items.push(el('li', { text }));
    }
  }
  if (summary && items.length) {
    summary.append(el('h3', { text: heading }), el('ul', {}, items));
    summary.hidden = false;
    focusOn(summary);
  }
}

function labelTextOf(input) {
  if (input.tagName === 'FIELDSET') return input.querySelector('legend')?.textContent.trim() || '';
  const label = input.id ? input.ownerDocument.querySelector(`label[for="${input.id}"]`) : null;
  const text = label ? label.textContent.replace(/\s*\(.*\)\s*$/, '').trim() : '';
  // Inputs repeated in numbered groups (scan rows) are named with their group: "Scan 2, date of the scan".
  const group = input.closest('fieldset[data-error-prefix]')?.querySelector('legend')?.textContent.trim();
  return group && text ? `${group}, ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

function cssEscape(text) {
  return globalThis.CSS && CSS.escape ? CSS.escape(text) : String(text).replace(/["\\\]\[]/g, '\\$&');
}

function cssSafe(text) {
  return String(text).replace(/[^a-zA-Z0-9_-]/g, '-');
}

/** A definition list from [[term, description], ...], skipping empty descriptions. */
export function definitionList(pairs, props = {}) {
  const list = el('dl', props);
  for (const [term, description] of pairs) {
    if (description === undefined || description === null || description === '') continue;
    list.append(el('dt', { text: term }), el('dd', {}, description));
  }
  return list;
}

/** A bullet list of strings; null when empty. */
export function bulletList(items, props = {}) {
  const list = (items || []).filter(Boolean);
  return list.length ? el('ul', props, list.map((item) => el('li', { text: item }))) : null;
}

/** The skip link moves focus to <main> without touching location.hash (the patient page routes on it). */
export function wireSkipLink() {
  const link = document.querySelector('.skip-link');
  const main = document.getElementById('main');
  link?.addEventListener('click', (event) => {
    event.preventDefault();
    focusOn(main);
  });
}
