// Specialists as radio buttons, and free slots grouped by clinic-local day as buttons (shared by
// booking and rescheduling).
// Times are shown as the service sends them (the clinic's wall clock), never in the browser's zone.

import { el } from '../dom.js';
import { formatDate, groupByClinicDate, parseClinicDateTime, zoneLabel } from '../format.js';

/** "Times are shown in the clinic's time: Europe/Berlin, UTC+01:00." for the first slot. */
export function zoneSentence(slots) {
  const first = slots[0];
  if (!first) return '';
  return `Times are shown in the clinic’s local time (${zoneLabel(parseClinicDateTime(first.start), first.timeZone)}).`;
}

/**
 * Renders the slots into `container`, one group per day; onPick(slot, button) runs when a time is
 * chosen. `selectedId` marks one button as chosen (aria-pressed).
 */
export function renderSlots(container, slots, onPick, selectedId = '', earliestId = '') {
  const days = groupByClinicDate(slots);
  container.replaceChildren(
    ...days.map(({ date, items }) => {
      const headingId = `slot-day-${date}`;
      return el('section', { class: 'slot-day', 'aria-labelledby': headingId, dataset: { testid: 'slot-day', date } },
        el('h4', { id: headingId, text: formatDate(date) }),
        el('ul', { class: 'slot-buttons' }, items.map((slot) => el('li', {}, slotButton(slot, date, onPick, selectedId, earliestId)))),
      );
    }),
  );
}

/** The earliest slot (by clinic start time), offered first to a patient whose answers need urgent review. */
export function earliestSlot(slots) {
  return slots.reduce((best, slot) => (!best || String(slot.start) < String(best.start) ? slot : best), null);
}

function slotButton(slot, date, onPick, selectedId, earliestId) {
  const time = parseClinicDateTime(slot.start)?.time ?? slot.start;
  const earliest = slot.id === earliestId;
  const button = el('button', {
    type: 'button',
    class: earliest ? 'slot earliest' : 'slot',
    text: earliest ? `${time} · earliest` : time,
    'aria-label': `${formatDate(date)} at ${time}, clinic time${earliest ? ', the earliest free time, recommended for you' : ''}`,
    'aria-pressed': slot.id === selectedId ? 'true' : 'false',
    dataset: { testid: 'slot', slotId: slot.id, start: slot.start, earliest: earliest ? 'true' : 'false' },
  });
  button.addEventListener('click', () => onPick(slot, button));
  return button;
}

/** Specialist radios (after the fieldset's legend); an explanation when there is none. */
export function renderSpecialists(box, specialists, onChoose) {
  if (!specialists.length) {
    box.append(el('p', { class: 'empty', text: 'No specialist is taking bookings for this condition online at the moment. Please call the clinic.' }));
    return;
  }
  for (const s of specialists) {
    const input = el('input', { type: 'radio', name: 'specialist', id: `specialist-${s.id}`, value: s.id, dataset: { testid: 'specialist-option' } });
    input.addEventListener('change', () => onChoose(s));
    box.append(el('div', { class: 'radio' }, input,
      el('label', { for: input.id }, el('strong', { text: s.name }), s.title ? ` – ${s.title}` : ''),
      s.bio ? el('p', { class: 'hint', text: s.bio }) : null));
  }
}
