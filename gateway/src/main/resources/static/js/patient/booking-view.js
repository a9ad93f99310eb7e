// The booking flow: consultation type → specialist → free time (held, with a countdown) → details → book.

import { api, newIdempotencyKey, withQuery } from '../api.js';
import { listOf, normaliseAppointment } from '../appointment.js';
import { byId, clearFieldErrors, el, fill, focusOn, setMessage, showFieldErrors, whileBusy } from '../dom.js';
import { addDays, formatClinicDateTime, todayIso } from '../format.js';
import { requirementList } from './catalog-view.js';
import { DetailsForm } from './details-form.js';
import { HoldCountdown } from './hold-countdown.js';
import {
  BookingAttempt, PATHS, SLOT_WINDOW_DAYS, bookingRequest, normaliseHold, normaliseSlots,
  normaliseSpecialistEntry, requirementsFor, slotQuery, tierAdvice, triageOf, validateDetails,
} from './model.js';
import { normaliseUrgentCare } from '../appointment.js';
import { earliestSlot, renderSlots, renderSpecialists, zoneSentence } from './slot-picker.js';

/** Used only when the service sends no advice for a tier. */
const FALLBACK_ADVICE = {
  EMERGENCY: { name: 'Emergency care now', advice: 'Please do not book: go to the nearest emergency department now or call your local emergency number.', nextSteps: 'Nothing has been booked.' },
  URGENT: { name: 'Urgent specialist review', advice: 'A specialist should look at your symptoms soon. Please book the earliest time you can.', nextSteps: '' },
  ROUTINE: { name: 'Routine appointment', advice: 'Choose any time that suits you.', nextSteps: '' },
};

export class BookingFlow {
  /** onBooked(appointment, raw) runs after a successful booking. */
  constructor({ onBooked }) {
    this.onBooked = onBooked;
    this.details = new DetailsForm();
    this.attempt = new BookingAttempt(newIdempotencyKey);
    this.countdown = new HoldCountdown(byId('hold-countdown'), byId('hold-announcer'), () =>
      this.dropHold('Your hold on this time ran out. Please choose a time again.'));
    byId('slots-later').addEventListener('click', () => this.loadSlots(true));
    byId('hold-change').addEventListener('click', () => this.dropHold('Choose another time.'));
    byId('details-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.book();
    });
  }

  /** Starts afresh for a condition. */
  start({ condition, consultationTypes, redFlags }) {
    this.countdown.stop();
    Object.assign(this, { condition, consultationTypes, type: '', specialist: null, slots: [], hold: null, slot: null });
    byId('book-condition-name').textContent = condition.name;
    this.details.reset(); // a shared computer must not show the previous patient's details
    this.details.setQuestions(redFlags, () => this.onTriageChange());
    this.tier = null;
    this.specialistsFor = null;
    this.dropHold('', false); // also re-enables the choices a previous hold had locked
    byId('step-triage').hidden = true;
    byId('triage-advice').hidden = true;
    byId('step-specialist').hidden = true;
    byId('scans-needed').hidden = true;
    setMessage(byId('book-status'), '');
    clearFieldErrors(byId('details-form'));
    this.renderTypes();
  }

  renderTypes() {
    const box = byId('consultation-types');
    box.querySelectorAll('.radio').forEach((n) => n.remove());
    for (const t of this.consultationTypes) {
      const input = el('input', { type: 'radio', name: 'consultationType', id: `type-${t.type}`, value: t.type, dataset: { testid: 'consultation-type' } });
      input.addEventListener('change', () => this.chooseType(t.type));
      const hintId = `type-${t.type}-hint`;
      input.setAttribute('aria-describedby', hintId);
      const facts = [t.durationMinutes ? `${t.durationMinutes} minutes` : '', t.imagingRequired ? 'scans needed' : ''].filter(Boolean).join(' · ');
      box.append(el('div', { class: 'radio' }, input,
        el('label', { for: input.id }, el('strong', { text: t.name }), facts ? ` (${facts})` : ''),
        el('p', { class: 'hint', id: hintId, text: t.description })));
    }
  }

  async chooseType(type) {
    this.type = type;
    this.dropHold('', false);
    this.showScansNeeded();
    byId('step-triage').hidden = false;
    await this.onTriageChange();
  }

  /**
   * After every answer: the tier decides what comes next (ADR 0210). Emergency: the advice and no
   * times at all. Urgent: the advice, then the times with the earliest marked. Routine: the times.
   */
  async onTriageChange() {
    const tier = triageOf(this.details.questions, this.details.redFlags());
    this.tier = tier;
    this.showTriageAdvice(tier);
    if (tier === null || tier === 'EMERGENCY' || !this.type) {
      this.dropHold('', false);
      byId('step-specialist').hidden = true;
      return;
    }
    byId('step-specialist').hidden = false;
    if (this.specialistsFor !== this.type) await this.loadSpecialists();
    else if (this.slots.length) this.renderSlotList(); // the earliest mark follows the tier
  }

  showTriageAdvice(tier, fromService = null) {
    const box = byId('triage-advice');
    if (!tier) {
      box.hidden = true;
      return;
    }
    const advice = fromService || tierAdvice(this.condition, tier) || FALLBACK_ADVICE[tier];
    box.className = tier === 'ROUTINE' ? 'panel' : 'panel urgent';
    box.dataset.tier = tier;
    fill(box,
      el('h3', { text: advice.name || FALLBACK_ADVICE[tier].name }),
      el('p', { dataset: { testid: 'triage-advice-text' }, text: advice.advice }),
      tier === 'EMERGENCY' ? el('p', { dataset: { testid: 'triage-next-steps' }, text: advice.nextSteps }) : null,
      tier === 'URGENT' && advice.reviewWithinHours
        ? el('p', { text: `A specialist reviews urgent bookings within ${advice.reviewWithinHours} hours. The earliest free time is marked first below.` })
        : null,
    );
    box.hidden = false;
  }

  showScansNeeded() {
    const box = byId('scans-needed');
    const requirements = requirementsFor(this.condition, this.type);
    if (requirements === null) {
      box.hidden = true; // the service did not publish prerequisites with the condition
      return;
    }
    fill(box,
      el('h3', { text: 'Scans needed for this consultation' }),
      requirements.length
        ? el('p', { text: 'Please have these ready. If you do not have them yet, you can still book: we will tell you by when we need them.' })
        : null,
      requirementList(requirements, (requirement, button) => {
        this.details.addScanRow(false, { modality: requirement.modality, region: requirement.region });
        button.disabled = true;
        button.textContent = 'Added: enter its date with your details';
      }),
    );
    box.hidden = false;
  }

  async loadSpecialists() {
    const box = byId('specialists');
    box.querySelectorAll('.radio, .empty').forEach((n) => n.remove());
    this.specialist = null;
    this.specialistsFor = this.type;
    byId('slot-picker').hidden = true;
    try {
      const body = await api(withQuery(PATHS.specialists, { conditionId: this.condition.id }));
      const list = listOf(body, 'specialists').map(normaliseSpecialistEntry);
      renderSpecialists(box, list, (specialist) => this.chooseSpecialist(specialist));
      if (list.length === 1) {
        box.querySelector('input').checked = true;
        await this.chooseSpecialist(list[0]);
      }
    } catch (error) {
      box.append(el('p', { class: 'empty error', text: error.message }));
    }
  }

  async chooseSpecialist(specialist) {
    this.specialist = specialist;
    this.dropHold('', false);
    this.slots = [];
    this.from = todayIso();
    byId('slot-list').replaceChildren(); // never leave another specialist's times clickable
    byId('slots-zone').textContent = '';
    byId('slot-picker').hidden = false;
    await this.loadSlots(false);
  }

  /** Loads one window of free slots; `later` appends the next window; `notice` leads the status line. */
  async loadSlots(later, notice = '') {
    const status = byId('slots-status');
    if (later) this.from = addDays(this.to, 1);
    else this.from = this.from || todayIso();
    this.to = addDays(this.from, SLOT_WINDOW_DAYS - 1);
    setMessage(status, 'Looking for free times…');
    const request = (this.slotRequest = (this.slotRequest || 0) + 1); // a newer choice wins over a slow answer
    try {
      const body = await api(withQuery(PATHS.slots, slotQuery({
        specialistId: this.specialist.id, conditionId: this.condition.id, consultationType: this.type, from: this.from, to: this.to,
      })));
      if (request !== this.slotRequest) return;
      const found = normaliseSlots(body);
      this.slots = later ? [...this.slots, ...found] : found;
      this.renderSlotList();
      const summary = found.length
        ? `${found.length} free time${found.length === 1 ? '' : 's'} found up to ${this.to}.`
        : `No free times until ${this.to}. Try later times.`;
      setMessage(status, notice ? `${notice} ${summary}` : summary, notice ? 'error' : 'info');
    } catch (error) {
      setMessage(status, error.message, 'error');
    }
    byId('slots-later').hidden = false;
  }

  renderSlotList() {
    byId('slots-zone').textContent = zoneSentence(this.slots);
    const earliest = this.tier === 'URGENT' ? earliestSlot(this.slots)?.id : '';
    renderSlots(byId('slot-list'), this.slots, (slot, button) => this.pickSlot(slot, button), this.slot?.id, earliest);
  }

  async pickSlot(slot, button) {
    await whileBusy(button, async () => {
      try {
        const response = await api(PATHS.hold(slot.id), { method: 'POST', body: {}, withMeta: true });
        this.hold = normaliseHold(response.body, response.serverDate, Date.now());
        this.slot = slot;
      } catch (error) {
        const taken = error.status === 409 || error.status === 410;
        if (taken) await this.loadSlots(false, 'Sorry, that time has just been taken. Please choose another.');
        else setMessage(byId('slots-status'), error.message, 'error');
        return;
      }
    });
    if (this.slot !== slot) return;
    byId('slot-picker').hidden = true;
    byId('specialists').disabled = true;
    byId('consultation-types').disabled = true;
    byId('red-flags-fieldset').disabled = true; // answers are fixed while a time is held
    byId('hold-summary').textContent = `${formatClinicDateTime(slot.start, slot.timeZone)} with ${this.specialist.name}.`;
    byId('hold-panel').hidden = false;
    byId('step-details').hidden = false;
    byId('book-submit').disabled = false;
    this.countdown.start(this.hold.expiresAt);
    focusOn(byId('hold-heading'));
  }

  /** Lets go of the held time (it simply expires on the server) and shows the time picker again. */
  dropHold(message, showPicker = true) {
    this.countdown.stop();
    this.hold = null;
    this.slot = null;
    byId('hold-panel').hidden = true;
    byId('step-details').hidden = true;
    byId('specialists').disabled = false;
    byId('consultation-types').disabled = false;
    byId('red-flags-fieldset').disabled = false;
    if (!showPicker || !this.specialist) return;
    byId('slot-picker').hidden = false;
    this.loadSlots(false, message).then(() => focusOn(byId('slots-heading')));
  }

  async book() {
    const form = byId('details-form');
    const status = byId('book-status');
    const values = this.details.values();
    const problems = validateDetails(values, todayIso());
    if (problems.length) {
      setMessage(status, '');
      showFieldErrors(form, problems);
      return;
    }
    clearFieldErrors(form);
    if (!this.hold) {
      this.dropHold('Please choose a time first.');
      return;
    }
    const request = bookingRequest({ slot: this.slot, hold: this.hold, consultationType: this.type, conditionId: this.condition.id, ...values });
    const key = this.attempt.keyFor(request);
    setMessage(status, 'Booking your appointment…');
    await whileBusy(byId('book-submit'), async () => {
      try {
        const body = await api(PATHS.appointments, { method: 'POST', body: request, headers: { 'Idempotency-Key': key } });
        this.attempt.settle(null);
        this.countdown.stop();
        setMessage(status, '');
        this.onBooked(normaliseAppointment(body), body);
      } catch (error) {
        this.attempt.settle(error);
        this.bookingFailed(error);
      }
    });
  }

  bookingFailed(error) {
    const status = byId('book-status');
    if (error.code === 'emergency-care-advised') {
      // the service triaged the answers as an emergency: nothing was booked, the time is let go
      this.tier = 'EMERGENCY';
      this.dropHold('', false);
      byId('step-specialist').hidden = true;
      this.showTriageAdvice('EMERGENCY', normaliseUrgentCare(error.problem?.urgentCare));
      focusOn(byId('triage-advice'));
      return;
    }
    if (error.status === 409 || error.status === 410 || /hold|slot/.test(error.code)) {
      setMessage(status, '');
      this.dropHold(`${error.message} Please choose another time; your details are kept.`);
      return;
    }
    if (error.fieldErrors.length) {
      setMessage(status, error.title || 'Please check your details.', 'error');
      showFieldErrors(byId('details-form'), error.fieldErrors);
      return;
    }
    setMessage(status, error.retryable
      ? `${error.message} Press “Book this appointment” again: you will not be booked twice.`
      : error.message, 'error');
  }
}
