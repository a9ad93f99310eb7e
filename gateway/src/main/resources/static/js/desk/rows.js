// Agenda and search rows: one slot or appointment per row, with the actions its status allows.

import { el } from '../dom.js';
import {
  APPOINTMENT_STATUS_LABELS, CONSULTATION_TYPE_LABELS, SLOT_STATUS_LABELS, formatDate, formatTimeRange, labelOf,
  parseClinicDateTime, zoneLabel,
} from '../format.js';
import { ACTION_LABELS, actionsFor } from './model.js';

/**
 * A list item for one row. onAction(action, row, button) runs when a button is pressed.
 * Search results (many days, many specialists) set showDate and showSpecialist and carry the
 * clinic's zone on each row; the agenda names the specialist and the zone once per group.
 * conditionNames maps condition ids to names.
 */
export function rowItem(row, onAction, { showDate = false, showSpecialist = false, conditionNames = new Map() } = {}) {
  const a = row.appointment;
  const parts = parseClinicDateTime(row.start);
  const when = `${showDate && parts ? `${formatDate(parts.date)}, ` : ''}${formatTimeRange(row.start, row.end)}`;
  const who = a ? a.patient.name || 'Patient' : '';
  const item = el('li', {
    class: ['row', a ? `row-appointment status-${a.status}` : `row-slot slot-${row.slotStatus}`],
    dataset: {
      testid: a ? 'agenda-appointment' : 'agenda-slot',
      slotId: row.slotId,
      appointmentId: a?.id,
      reference: a?.reference,
      status: a ? a.status : row.slotStatus,
    },
  });
  item.append(
    el('div', { class: 'row-when' },
      el('strong', { text: when }),
      showDate && parts ? el('span', { class: 'hint block', text: zoneLabel(parts, row.timeZone) }) : null),
    a ? appointmentSummary(a, row, showSpecialist, conditionNames) : el('div', { class: 'row-main' }, el('span', { class: `status-badge slot-${row.slotStatus}`, dataset: { testid: 'slot-status' }, text: labelOf(SLOT_STATUS_LABELS, row.slotStatus) || 'Slot' })),
    actionBar(row, who, when, onAction),
  );
  return item;
}

function appointmentSummary(a, row, showSpecialist, conditionNames) {
  return el('div', { class: 'row-main' },
    el('p', { class: 'row-title' },
      el('strong', { dataset: { testid: 'patient-name' }, text: a.patient.name || 'Patient' }),
      ' ',
      el('span', { class: `status-badge status-${a.status}`, dataset: { testid: 'appointment-status', status: a.status }, text: labelOf(APPOINTMENT_STATUS_LABELS, a.status) }),
      a.redFlagged
        ? el('span', {
            class: 'status-badge urgent',
            dataset: { testid: 'red-flag', acknowledged: a.reviewAcknowledged ? 'true' : 'false' },
            text: a.reviewAcknowledged ? 'Red flag – reviewed' : 'Red flag – needs review',
          })
        : null),
    el('p', { class: 'hint', text: [
      a.reference && `Ref. ${a.reference}`,
      labelOf(CONSULTATION_TYPE_LABELS, a.consultationType),
      a.conditionName || conditionNames.get(a.conditionId) || a.conditionId,
      showSpecialist && (row.specialist || a.specialist.name),
      a.patient.phone,
    ].filter(Boolean).join(' · ') }),
    a.outstanding.length
      ? el('p', { class: 'outstanding', dataset: { testid: 'outstanding-scans' } },
          `Scans outstanding: ${a.outstanding.map((p) => `${p.description}${p.dueBy ? ` (by ${p.dueBy})` : ''}`).join('; ')}`)
      : null,
  );
}

function actionBar(row, who, when, onAction) {
  const actions = actionsFor(row);
  if (!actions.length) return el('div', { class: 'row-actions' });
  return el('div', { class: 'row-actions' }, actions.map((action) => {
    const button = el('button', {
      type: 'button',
      class: ['small', action === 'no-show' || action === 'block' ? 'secondary' : action === 'notifications' || action === 'series' ? 'link-button' : 'primary'],
      'aria-label': `${ACTION_LABELS[action]}: ${who ? `${who}, ` : ''}${when}`,
      dataset: { action, testid: `action-${action}` },
      text: ACTION_LABELS[action],
    });
    button.addEventListener('click', () => onAction(action, row, button));
    return button;
  }));
}
