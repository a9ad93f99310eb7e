// Front-desk console (/desk): sign in, day agenda per specialist, row actions, search, publishing
// slots, delivery log. Any 401 ends the session and returns to the sign-in form with a message.

import { api, withQuery } from '../api.js';
import { byId, clearFieldErrors, el, focusOn, setMessage, showFieldErrors, whileBusy, wireSkipLink } from '../dom.js';
import { listOf } from '../appointment.js';
import { addDays, formatDate, parseClinicDateTime, todayIso, zoneLabel } from '../format.js';
import { wireAudit } from './audit.js';
import { createDeskApi, report } from './desk-api.js';
import { wireGenerateForm } from './generate.js';
import { wireReviews } from './reviews.js';
import { wireSearch } from './search.js';
import { wireWaitlist } from './waitlist.js';
import { ACTION_DONE, PATHS, actionBody, normaliseAgenda, normaliseSpecialists } from './model.js';
import { openNotifications } from './notifications.js';
import { openSeries } from './series.js';
import { rowItem } from './rows.js';
import { clearSession, loadSession, saveSession } from './session.js';

wireSkipLink();

const storage = window.sessionStorage;
const deskStatus = byId('desk-status');
let specialists = [];
let conditionNames = new Map(); // condition id → name, from the public catalogue
let agendaRequest = 0; // only the latest agenda request may paint (date clicks can overlap)

const deskApi = createDeskApi(storage, (message) => signedOut(message));

// ---- session ---------------------------------------------------------------------------------

function signedOut(message) {
  clearSession(storage);
  if (byId('console-view').hidden) return; // already signed out: late answers must not change the message
  byId('console-view').hidden = true;
  byId('session-bar').hidden = true;
  byId('login-view').hidden = false;
  if (byId('notifications-dialog').open) byId('notifications-dialog').close();
  if (byId('series-dialog').open) byId('series-dialog').close();
  setMessage(byId('login-message'), message, 'error');
  setMessage(deskStatus, '');
  focusOn(message ? byId('login-message') : byId('login-username'));
}

async function signedIn(session) {
  byId('login-view').hidden = true;
  byId('console-view').hidden = false;
  byId('session-bar').hidden = false;
  byId('session-user').textContent = session.user ? `Signed in as ${session.user}` : 'Signed in';
  if (!byId('agenda-date').value) byId('agenda-date').value = todayIso();
  if (!byId('generate-from').value) {
    byId('generate-from').value = todayIso();
    byId('generate-to').value = addDays(todayIso(), 27);
  }
  await Promise.all([loadSpecialists(), loadConditionNames()]);
  await Promise.all([showAgenda(), loadReviews()]);
}

byId('login-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = byId('login-form');
  const username = byId('login-username').value.trim();
  const password = byId('login-password').value;
  const missing = [
    !username && { field: 'username', message: 'Enter your user name' },
    !password && { field: 'password', message: 'Enter your password' },
  ].filter(Boolean);
  setMessage(byId('login-message'), '');
  if (missing.length) {
    showFieldErrors(form, missing);
    return;
  }
  clearFieldErrors(form);
  whileBusy(byId('login-submit'), async () => {
    try {
      const response = await api(PATHS.token, { method: 'POST', body: { username, password } });
      byId('login-password').value = '';
      await signedIn(saveSession(storage, response));
      focusOn(byId('agenda-heading'));
    } catch (error) {
      const wrong = error.status === 400 || error.status === 401 || error.status === 403;
      setMessage(byId('login-message'), wrong ? 'The user name or password is not correct.' : error.message, 'error');
      focusOn(byId('login-message'));
    }
  });
});

byId('logout').addEventListener('click', () => {
  signedOut('');
  setMessage(byId('login-message'), 'You have signed out.', 'info');
});

// ---- sections --------------------------------------------------------------------------------

for (const tab of document.querySelectorAll('.tab')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll('.tab')) {
      const active = other === tab;
      if (active) other.setAttribute('aria-current', 'true');
      else other.removeAttribute('aria-current');
      byId(other.dataset.section).hidden = !active;
    }
    focusOn(byId(tab.dataset.section).querySelector('h2'));
  });
}

// ---- specialists -----------------------------------------------------------------------------

async function loadSpecialists() {
  try {
    specialists = normaliseSpecialists(await deskApi(PATHS.specialists));
  } catch (error) {
    if (error.handled) throw error;
    specialists = normaliseSpecialists(await api(PATHS.publicSpecialists).catch(() => []));
  }
  fillSelect(byId('agenda-specialist'), [{ id: '', name: 'All specialists' }, ...specialists]);
  fillSelect(byId('generate-specialist'), specialists);
}

async function loadConditionNames() {
  const body = await api(PATHS.conditions).catch(() => []);
  conditionNames = new Map(listOf(body, 'conditions').map((c) => [c.id, c.name]));
}

function fillSelect(select, options) {
  const current = select.value;
  select.replaceChildren(...options.map((o) => el('option', { value: o.id, text: o.name })));
  if (options.some((o) => o.id === current)) select.value = current;
}

// ---- agenda ----------------------------------------------------------------------------------

async function showAgenda() {
  const date = byId('agenda-date').value || todayIso();
  const chosen = byId('agenda-specialist').value;
  const list = chosen ? specialists.filter((s) => s.id === chosen) : specialists;
  const box = byId('agenda');
  const status = byId('agenda-status');
  setMessage(status, `Loading the agenda for ${formatDate(date)}…`);
  const targets = list.length ? list : [{ id: chosen, name: '' }];
  const request = ++agendaRequest;
  try {
    const days = await Promise.all(targets.map(async (s) => ({
      specialist: s,
      rows: normaliseAgenda(await deskApi(withQuery(PATHS.agenda, { date, specialistId: s.id }))),
    })));
    if (request !== agendaRequest) return;
    box.replaceChildren(...days.map(({ specialist, rows }) => agendaGroup(specialist, rows)));
    const count = days.reduce((n, d) => n + d.rows.filter((r) => r.appointment).length, 0);
    setMessage(status, `${formatDate(date)}: ${count} appointment${count === 1 ? '' : 's'}.`);
  } catch (error) {
    if (request !== agendaRequest) return;
    box.replaceChildren();
    report(status, error);
  }
}

function agendaGroup(specialist, rows) {
  const headingId = `agenda-${specialist.id || 'all'}`;
  const first = rows[0];
  return el('section', { class: 'agenda-group', 'aria-labelledby': headingId, dataset: { testid: 'agenda-group', specialistId: specialist.id } },
    el('h3', { id: headingId, text: specialist.name || 'Agenda' }),
    first ? el('p', { class: 'hint', text: `Times in clinic time (${zoneLabel(parseClinicDateTime(first.start), first.timeZone)}).` }) : null,
    rows.length
      ? el('ol', { class: 'rows', dataset: { testid: 'agenda-rows' } }, rows.map((row) => rowItem(row, act, { conditionNames })))
      : el('p', { class: 'empty', text: 'No slots on this day.' }));
}

byId('agenda-form').addEventListener('submit', (event) => {
  event.preventDefault();
  whileBusy(byId('agenda-submit'), showAgenda);
});
byId('agenda-specialist').addEventListener('change', () => showAgenda());
byId('agenda-date').addEventListener('change', () => showAgenda());
for (const [id, days] of [['agenda-prev', -1], ['agenda-next', 1]]) {
  byId(id).addEventListener('click', () => {
    byId('agenda-date').value = addDays(byId('agenda-date').value || todayIso(), days);
    showAgenda();
  });
}

/** Runs a row action, then reloads what is on screen; focus returns to the same row's first button. */
async function act(action, row, button) {
  if (action === 'notifications') {
    openNotifications(row.appointment, deskApi, button);
    return;
  }
  if (action === 'series') {
    openSeries(row.appointment, deskApi, button, specialists);
    return;
  }
  const inSearch = !!button.closest('#search-results');
  const status = inSearch ? byId('search-status') : byId('agenda-status');
  const key = row.appointment ? `[data-appointment-id="${CSS.escape(row.appointment.id)}"]` : `[data-slot-id="${CSS.escape(row.slotId)}"]`;
  await whileBusy(button, async () => {
    try {
      const path = row.appointment ? PATHS.appointmentAction(row.appointment.id, action) : PATHS.slotAction(row.slotId, action);
      await deskApi(path, { method: 'POST', body: actionBody(action, row) });
      const who = row.appointment?.patient.name ? ` – ${row.appointment.patient.name}` : '';
      if (inSearch) await runSearch();
      else await showAgenda();
      if (action === 'acknowledge-review') await loadReviews();
      setMessage(status, `${ACTION_DONE[action]}${who}.`, 'success');
    } catch (error) {
      report(status, error);
    }
  });
  const again = document.querySelector(`${inSearch ? '#search-results' : '#agenda'} ${key} button`);
  focusOn(again || status);
}

// ---- search and publishing slots ----------------------------------------------------------

const runSearch = wireSearch({ deskApi, onAction: act, conditionNames: () => conditionNames });
const loadReviews = wireReviews({ deskApi, conditionNames: () => conditionNames, onChange: () => showAgenda() });
wireGenerateForm(deskApi);
wireAudit({ deskApi });
wireWaitlist({ deskApi, conditionNames: () => conditionNames });

// ---- start -----------------------------------------------------------------------------------

const session = loadSession(storage);
if (session) {
  signedIn(session).catch((error) => report(deskStatus, error));
} else {
  byId('login-view').hidden = false;
  focusOn(byId('login-username'));
}
