// How an appointment looks to a patient (confirmation and manage page).

import { definitionList, el } from './dom.js';
import {
  APPOINTMENT_STATUS_LABELS, CONSULTATION_TYPE_LABELS, PREREQUISITE_STATUS_LABELS, formatClinicSpan, formatDate,
  labelOf,
} from './format.js';

/** Reference, status, time, specialist, consultation: the facts of one appointment. */
export function appointmentFacts(appointment, conditionName = '') {
  const a = appointment;
  return definitionList([
    ['Reference', el('strong', { class: 'reference', id: 'appointment-reference', dataset: { testid: 'appointment-reference' }, text: a.reference })],
    ['Status', el('span', { class: `status-badge status-${a.status || 'unknown'}`, id: 'appointment-status', dataset: { testid: 'appointment-status', status: a.status }, text: labelOf(APPOINTMENT_STATUS_LABELS, a.status) })],
    ['When', a.start ? el('span', { dataset: { testid: 'appointment-time' }, text: formatClinicSpan(a.start, a.end, a.timeZone) }) : ''],
    ['Specialist', a.specialist.name],
    ['Consultation', labelOf(CONSULTATION_TYPE_LABELS, a.consultationType)],
    ['About', conditionName || a.conditionName],
  ], { class: 'facts appointment-facts' });
}

/** Missing scans with their due dates, then the scans already in order. Null when there are none. */
export function prerequisiteSection(appointment) {
  const { prerequisites, outstanding } = appointment;
  if (!prerequisites.length) return null;
  const done = prerequisites.filter((p) => !p.outstanding);
  return el('section', { class: outstanding.length ? 'panel warning' : 'panel', dataset: { testid: 'prerequisites' } },
    el('h2', { text: outstanding.length ? 'Scans we still need' : 'Scans' }),
    outstanding.length
      ? el('p', { text: 'Please bring or send these scans by the date shown, so the specialist can review them before your visit. Your appointment stays booked in the meantime.' })
      : null,
    outstanding.length
      ? el('ul', { class: 'prerequisites', dataset: { testid: 'missing-scans' } }, outstanding.map((p) => prerequisiteItem(p, true)))
      : null,
    done.length ? el('ul', { class: 'prerequisites done' }, done.map((p) => prerequisiteItem(p, false))) : null,
  );
}

function prerequisiteItem(p, outstanding) {
  const name = p.description.charAt(0).toUpperCase() + p.description.slice(1);
  return el('li', { dataset: { testid: outstanding ? 'missing-scan' : 'scan-ok', modality: p.modality, region: p.region, status: p.status } },
    el('strong', { text: name }),
    outstanding
      ? ` – ${p.status === 'TOO_OLD' ? 'the scan we know of is too old; a newer one is needed' : 'still needed'}`
      : ` – ${labelOf(PREREQUISITE_STATUS_LABELS, p.status)}`,
    outstanding && p.dueBy ? el('span', { class: 'due', dataset: { testid: 'scan-due', dueBy: p.dueBy }, text: ` by ${formatDate(p.dueBy)}` }) : null,
  );
}

/** What happens next after red-flag answers put the booking up for an urgent specialist review. */
export function redFlagNotice(appointment = {}) {
  const care = appointment.urgentCare;
  const hours = care?.reviewWithinHours;
  return el('div', { class: 'panel urgent', role: 'note', dataset: { testid: 'red-flag-notice', tier: care?.tier || 'URGENT', acknowledged: appointment.reviewAcknowledged ? 'true' : 'false' } },
    el('h2', { text: care?.name || 'Urgent specialist review' }),
    appointment.reviewAcknowledged
      ? el('p', { dataset: { testid: 'review-status' }, text: 'Our team has reviewed your answers. If we have not reached you yet, we will call you.' })
      : el('p', { dataset: { testid: 'review-status' }, text: hours ? `A member of our team will review your answers within ${hours} hours and contact you.` : 'A member of our team will review your answers and contact you.' }),
    el('p', { dataset: { testid: 'next-steps' }, text: care?.nextSteps || 'If your symptoms get worse, seek urgent medical care straight away.' }));
}
