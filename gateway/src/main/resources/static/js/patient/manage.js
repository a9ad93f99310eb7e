// Manage page (/manage/{reference}#token=...): view, cancel, reschedule with the manage token.
// The token arrives in the fragment (never sent to a server), leaves the address bar at once
// (history.replaceState), lives in sessionStorage only and goes to the API in X-Manage-Token only,
// so it is not kept in the browser history, bookmarks, logs or a shared screenshot of the address.

import { api, withQuery } from '../api.js';
import { normaliseAppointment, patientMayChange } from '../appointment.js';
import { appointmentFacts, prerequisiteSection, redFlagNotice } from '../appointment-view.js';
import { byId, clearFieldErrors, fill, focusOn, setMessage, showFieldErrors, whileBusy, wireSkipLink } from '../dom.js';
import { addDays, formatClinicSpan, todayIso } from '../format.js';
import { PATHS, SLOT_WINDOW_DAYS, manageTokenKey, normaliseCondition, normaliseSlots, parseManageAddress } from './model.js';
import { renderSlots, zoneSentence } from './slot-picker.js';

wireSkipLink();

const { reference, token: tokenFromLink } = parseManageAddress(location.pathname, location.hash);
const storage = window.sessionStorage;
const status = byId('manage-status');
const state = { appointment: null, conditionName: '', slots: [], from: '', to: '', choice: null };

if (tokenFromLink) {
  storage.setItem(manageTokenKey(reference), tokenFromLink);
}
if (location.hash || location.search) {
  history.replaceState(null, '', `/manage/${encodeURIComponent(reference)}`);
}

const token = () => storage.getItem(manageTokenKey(reference)) || '';
const withToken = (options = {}) => ({ ...options, headers: { ...(options.headers || {}), 'X-Manage-Token': token() } });

async function load() {
  if (!reference) {
    setMessage(status, 'This address does not name an appointment. Please use the link in your confirmation e-mail.', 'error');
    return;
  }
  byId('manage-heading').textContent = `Your appointment ${reference}`;
  if (!token()) {
    askForToken('');
    return;
  }
  try {
    show(await api(PATHS.appointment(reference), withToken()));
  } catch (error) {
    refused(error);
  }
}

function refused(error) {
  if (error.status === 401 || error.status === 403 || error.status === 404) {
    storage.removeItem(manageTokenKey(reference));
    askForToken('We could not open this appointment with that code. Check the link in your e-mail, or enter the code you were given when you booked.');
  } else {
    setMessage(status, error.message, 'error');
  }
}

function askForToken(message) {
  byId('appointment-view').hidden = true;
  byId('token-form').hidden = false;
  setMessage(status, message, 'error');
  focusOn(byId('token-input'));
}

async function show(body) {
  const appointment = normaliseAppointment(body);
  state.appointment = appointment;
  if (!appointment.conditionName && appointment.conditionId && !state.conditionName) {
    state.conditionName = await api(PATHS.condition(appointment.conditionId)).then((c) => normaliseCondition(c).name).catch(() => '');
  }
  byId('token-form').hidden = true;
  fill(byId('appointment-detail'), appointmentFacts(appointment, state.conditionName), appointment.redFlagged ? redFlagNotice(appointment) : null, prerequisiteSection(appointment));
  byId('manage-actions').hidden = !patientMayChange(appointment);
  byId('cancel-confirm').hidden = true;
  byId('reschedule').hidden = true;
  byId('appointment-view').hidden = false;
}

byId('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = byId('token-form');
  const value = byId('token-input').value.trim();
  if (!value) {
    showFieldErrors(form, [{ field: 'token', message: 'Enter the code from your booking' }]);
    return;
  }
  clearFieldErrors(form);
  storage.setItem(manageTokenKey(reference), value);
  setMessage(status, '');
  whileBusy(byId('token-submit'), load);
});

// Cancel: ask first, in the page (no browser dialog).
byId('cancel-start').addEventListener('click', () => {
  byId('reschedule').hidden = true;
  byId('cancel-confirm').hidden = false;
  focusOn(byId('cancel-confirm-heading'));
});
byId('cancel-no').addEventListener('click', () => {
  byId('cancel-confirm').hidden = true;
  focusOn(byId('cancel-start'));
});
byId('cancel-yes').addEventListener('click', (event) =>
  whileBusy(event.currentTarget, async () => {
    try {
      const body = await api(PATHS.cancel(reference), withToken({ method: 'POST', body: {} }));
      await show(body ?? (await api(PATHS.appointment(reference), withToken())));
      setMessage(status, 'Your appointment is cancelled. We have sent you an e-mail to confirm.', 'success');
      focusOn(status);
    } catch (error) {
      if (error.status === 401 || error.status === 403) refused(error);
      else setMessage(status, error.message, 'error');
    }
  }));

// Reschedule: free slots of the same specialist and consultation type, then confirm.
byId('reschedule-start').addEventListener('click', async () => {
  byId('cancel-confirm').hidden = true;
  byId('reschedule').hidden = false;
  byId('reschedule-confirm').hidden = true;
  state.slots = [];
  state.from = todayIso();
  focusOn(byId('reschedule-heading'));
  await loadSlots(false);
});
byId('reschedule-later').addEventListener('click', () => loadSlots(true));
byId('reschedule-no').addEventListener('click', () => {
  byId('reschedule').hidden = true;
  focusOn(byId('reschedule-start'));
});
byId('reschedule-yes').addEventListener('click', (event) =>
  whileBusy(event.currentTarget, async () => {
    try {
      const body = await api(PATHS.reschedule(reference), withToken({ method: 'POST', body: { slotId: state.choice.id } }));
      // Moving rotates the manage code: the old one stops working, so keep the new one for cancel/reschedule.
      if (body?.manageToken) storage.setItem(manageTokenKey(reference), body.manageToken);
      await show(body ?? (await api(PATHS.appointment(reference), withToken())));
      setMessage(status, 'Your appointment has been moved. We have sent you an e-mail with the new time.', 'success');
      focusOn(status);
    } catch (error) {
      if (error.status === 401 || error.status === 403) {
        refused(error);
        return;
      }
      const taken = error.status === 409 || error.status === 410;
      byId('reschedule-confirm').hidden = true;
      if (taken) await loadSlots(false, 'Sorry, that time has just been taken. Please choose another.');
      else setMessage(byId('reschedule-status'), error.message, 'error');
    }
  }));

async function loadSlots(later, notice = '') {
  const a = state.appointment;
  const box = byId('reschedule-status');
  state.from = later ? addDays(state.to, 1) : state.from || todayIso();
  state.to = addDays(state.from, SLOT_WINDOW_DAYS - 1);
  setMessage(box, 'Looking for free times…');
  try {
    const body = await api(withQuery(PATHS.slots, {
      specialistId: a.specialist.id, conditionId: a.conditionId, consultationType: a.consultationType, from: state.from, to: state.to,
    }));
    const found = normaliseSlots(body).filter((s) => s.id !== a.slotId);
    state.slots = later ? [...state.slots, ...found] : found;
    byId('reschedule-zone').textContent = zoneSentence(state.slots);
    renderSlots(byId('reschedule-slots'), state.slots, choose, state.choice?.id);
    const summary = found.length ? `${found.length} free time${found.length === 1 ? '' : 's'} found up to ${state.to}.` : `No free times until ${state.to}. Try later times.`;
    setMessage(box, notice ? `${notice} ${summary}` : summary, notice ? 'error' : 'info');
  } catch (error) {
    setMessage(box, error.message, 'error');
  }
}

function choose(slot, button) {
  state.choice = slot;
  for (const other of byId('reschedule-slots').querySelectorAll('button.slot')) other.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', 'true');
  byId('reschedule-choice').textContent = `New time: ${formatClinicSpan(slot.start, slot.end, slot.timeZone)}.`;
  byId('reschedule-confirm').hidden = false;
  focusOn(byId('reschedule-choice'));
}

load();
