// An appointment's follow-up series in a modal dialog: record the surgery, see the visits, give the
// visits without a slot (and any proposed visit) a free slot in its window, cancel the series.

import { byId, el, fill, setMessage, whileBusy } from '../dom.js';
import { formatClinicSpan, formatDate, todayIso } from '../format.js';
import { normaliseSlots } from '../patient/model.js';
import { normaliseSeries } from '../patient/series-model.js';
import { renderSlots } from '../patient/slot-picker.js';

const dialog = byId('series-dialog');
const status = byId('series-dialog-status');
const PATHS = {
  series: (id) => `/api/desk/series/${encodeURIComponent(id)}`,
  surgery: (appointmentId) => `/api/desk/appointments/${encodeURIComponent(appointmentId)}/surgery`,
  slots: (id, visitId) => `/api/desk/series/${encodeURIComponent(id)}/visits/${encodeURIComponent(visitId)}/slots`,
  setSlot: (id, visitId) => `/api/desk/series/${encodeURIComponent(id)}/visits/${encodeURIComponent(visitId)}/slot`,
  cancel: (id) => `/api/desk/series/${encodeURIComponent(id)}/cancel`,
};
let current = { appointment: null, series: null, deskApi: null, returnFocusTo: null };

byId('series-close').addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => current.returnFocusTo?.focus());

/** The series of an appointment has the id `series-{appointmentId}` (ADR 0226). */
export async function openSeries(appointment, deskApi, opener, specialists) {
  current = { appointment, series: null, deskApi, returnFocusTo: opener };
  byId('series-dialog-heading').textContent = `Follow-up series for ${appointment.reference || 'this appointment'}`;
  fill(byId('surgery-surgeon'), ...specialists.map((s) => el('option', { value: s.id, text: s.name })));
  if (!byId('surgery-date').value) byId('surgery-date').value = todayIso();
  setMessage(status, 'Loading…');
  dialog.showModal();
  await reload();
}

async function reload() {
  try {
    show(await current.deskApi(PATHS.series(`series-${current.appointment.id}`)));
    setMessage(status, '');
  } catch (error) {
    if (error.handled) dialog.close();
    else if (error.status === 404) noSeries();
    else setMessage(status, error.message, 'error');
  }
}

function noSeries() {
  byId('surgery-form').hidden = false;
  byId('desk-series-view').hidden = true;
  setMessage(status, 'No follow-up series yet. Record the surgery to plan one.');
}

function show(body) {
  const series = normaliseSeries(body);
  current.series = series;
  byId('surgery-form').hidden = true;
  byId('desk-series-view').hidden = false;
  const state = byId('desk-series-state');
  state.dataset.status = series.status;
  state.textContent = `Status: ${series.status}. Surgery ${series.procedureId} on ${formatDate(series.surgeryDate)}.`;
  fill(byId('desk-series-visits'), ...series.visits.map((v) => el('li', {
    class: 'row', dataset: { testid: 'desk-series-visit', visitId: v.visitId, slotId: v.slotId, status: v.appointmentStatus || (v.slotId ? 'held' : 'unresolved') },
  },
  el('p', { class: 'row-title' }, el('strong', { text: v.name })),
  el('p', { text: v.slotId ? `${formatClinicSpan(v.start, v.end, v.timeZone)} · ${v.specialistName}${v.reference ? ` · ${v.reference}` : ''}` : 'No free slot in the window' }),
  el('p', { class: 'hint', text: `Window ${formatDate(v.earliest)} – ${formatDate(v.latest)}${v.scans.length ? ` · before it: ${v.scans.join('; ')}` : ''}` }),
  series.status === 'proposed'
    ? el('button', { type: 'button', class: 'secondary small', dataset: { action: 'choose-visit-slot', testid: 'choose-visit-slot' }, text: v.slotId ? 'Choose another slot' : 'Choose a slot', on: { click: () => chooseSlot(v) } })
    : null)));
  fill(byId('desk-series-unresolved'), ...series.unresolved.map((id) => el('li', { dataset: { testid: 'unresolved-visit', visitId: id }, text: series.visits.find((v) => v.visitId === id)?.name || id })));
  byId('desk-series-unresolved-section').hidden = series.unresolved.length === 0;
  byId('desk-series-cancel').hidden = series.status === 'cancelled';
  byId('desk-series-slots').replaceChildren();
}

async function chooseSlot(visit) {
  setMessage(status, `Free slots for ${visit.name}…`);
  try {
    const slots = normaliseSlots(await current.deskApi(PATHS.slots(current.series.id, visit.visitId))).filter((s) => s.id !== visit.slotId);
    renderSlots(byId('desk-series-slots'), slots, (slot, button) => whileBusy(button, async () => {
      try {
        show(await current.deskApi(PATHS.setSlot(current.series.id, visit.visitId), { method: 'POST', body: { slotId: slot.id } }));
        setMessage(status, `${visit.name} holds the slot now.`, 'success');
      } catch (error) {
        if (!error.handled) setMessage(status, error.message, 'error');
      }
    }));
    setMessage(status, slots.length ? `${slots.length} free slots for ${visit.name}.` : `No free slot in the window of ${visit.name}: publish slots first.`);
  } catch (error) {
    if (!error.handled) setMessage(status, error.message, 'error');
  }
}

byId('surgery-form').addEventListener('submit', (event) => {
  event.preventDefault();
  whileBusy(byId('surgery-submit'), async () => {
    try {
      show(await current.deskApi(PATHS.surgery(current.appointment.id), {
        method: 'POST',
        body: { procedureId: byId('surgery-procedure').value.trim(), date: byId('surgery-date').value, surgeonId: byId('surgery-surgeon').value, region: byId('surgery-region').value },
      }));
      setMessage(status, 'Surgery recorded; the series is planned and the patient is e-mailed.', 'success');
    } catch (error) {
      if (!error.handled) setMessage(status, error.message, 'error');
    }
  });
});

byId('desk-series-cancel').addEventListener('click', (event) => whileBusy(event.currentTarget, async () => {
  try {
    show(await current.deskApi(PATHS.cancel(current.series.id), { method: 'POST', body: {} }));
    setMessage(status, 'The series is cancelled.', 'success');
  } catch (error) {
    if (!error.handled) setMessage(status, error.message, 'error');
  }
}));
