// Tiny DOM helpers: build elements without innerHTML (no markup from data), show page states.
import { Problem } from './api.js';
import { describe } from './messages.js';

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** h('a', {href: '/x', class: 'button'}, 'text', child): attributes, on* listeners, children (strings are text). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

export function show(element, visible = true) {
  element.hidden = !visible;
  return element;
}

/** The page's status line: loading, error or ok; empty hides it. */
export function status(kind, ...content) {
  const element = $('[data-status]');
  if (!element) return null;
  element.className = `status ${kind || ''}`;
  fill(element, ...content);
  return element;
}

export function clearStatus() {
  status('');
}

/** Shows an API problem as a sentence (never raw JSON) with its reason for support. */
export function problemStatus(problem, context) {
  if (!(problem instanceof Problem)) console.error(problem);
  return status('error', describeProblem(problem, context));
}

export function describeProblem(problem, context) {
  return [
    h('strong', {}, describe(problem, context)),
    problem && problem.reason ? h('span', { class: 'muted' }, ` (${problem.reason})`) : null,
  ];
}

export function announce(text) {
  const element = $('[data-announcer]');
  if (element) element.textContent = text;
}

export function formError(form, message) {
  const element = $('[data-form-error]', form);
  if (!element) return;
  element.textContent = message || '';
  element.hidden = !message;
  if (message) element.setAttribute('role', 'alert');
}

/** Disables a form's submit button while a request runs (a second click must not send twice). */
export async function busy(button, task) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

export function focus(element) {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}

export function param(name) {
  return new URLSearchParams(location.search).get(name) || '';
}
