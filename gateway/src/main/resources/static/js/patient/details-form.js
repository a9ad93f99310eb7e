// The details form: patient fields, repeatable scan rows, red-flag questions with the urgent-care path.

import { byId, el } from '../dom.js';
import { MODALITY_LABELS, REGION_LABELS, todayIso } from '../format.js';
import { anyRedFlag } from './model.js';

export class DetailsForm {
  constructor() {
    this.form = byId('details-form');
    this.scanRows = byId('scan-rows');
    this.questionsBox = byId('red-flag-questions');
    this.urgent = byId('urgent-care');
    this.urgentAck = byId('urgent-ack');
    this.questions = [];
    this.rowCounter = 0;
    byId('scan-add').addEventListener('click', () => this.addScanRow(true));
    byId('patient-dob').max = todayIso();
  }

  reset() {
    this.form.reset();
    this.scanRows.replaceChildren();
    this.questionsBox.querySelectorAll('input').forEach((input) => { input.checked = false; });
    this.urgent.hidden = true;
  }

  /**
   * Asks the red-flag questions (universal ones first, then the condition's own; yes/no radios, none
   * preselected) before any time is chosen; onChange runs after every answer.
   */
  setQuestions(questions, onChange = () => {}) {
    this.questions = questions;
    this.questionsBox.replaceChildren(...questions.map((q) => questionGroup(q, () => {
      this.updateUrgent();
      onChange();
    })));
    byId('red-flags-fieldset').hidden = questions.length === 0;
    this.updateUrgent();
  }

  updateUrgent() {
    const urgent = anyRedFlag(this.redFlags());
    this.urgent.hidden = !urgent;
    if (!urgent) this.urgentAck.checked = false;
  }

  /** A scan row, optionally pre-filled ({modality, region}) from "I have this scan". */
  addScanRow(focus, preset = {}) {
    const n = ++this.rowCounter;
    const row = el('li', { class: 'scan-row', dataset: { testid: 'scan-row' } });
    const modality = select(`scan-${n}-modality`, 'modality', MODALITY_LABELS, 'Choose the type');
    const region = select(`scan-${n}-region`, 'region', REGION_LABELS, 'Choose the part');
    const date = el('input', { id: `scan-${n}-date`, name: 'performedOn', type: 'date', max: todayIso(), dataset: { testid: 'scan-date' } });
    const remove = el('button', { type: 'button', class: 'link-button', dataset: { testid: 'scan-remove' } }, 'Remove this scan');
    remove.addEventListener('click', () => {
      row.remove();
      this.renumber();
      byId('scan-add').focus();
    });
    row.append(
      el('fieldset', { class: 'scan', 'data-error-prefix': '' },
        el('legend', { class: 'scan-legend' }),
        el('div', { class: 'field' }, el('label', { for: modality.id, text: 'Type of scan' }), modality),
        el('div', { class: 'field' }, el('label', { for: region.id, text: 'Part of the spine' }), region),
        el('div', { class: 'field' }, el('label', { for: date.id, text: 'Date of the scan' }), date),
        remove),
    );
    if (preset.modality) modality.value = preset.modality;
    if (preset.region) region.value = preset.region;
    this.scanRows.append(row);
    this.renumber();
    if (focus) modality.focus();
    return row;
  }

  /** Keeps legends and data-field indexes (imaging[i].x, matching the service's field errors) in order. */
  renumber() {
    [...this.scanRows.children].forEach((row, i) => {
      row.querySelector('.scan-legend').textContent = `Scan ${i + 1}`;
      for (const input of row.querySelectorAll('select, input')) input.dataset.field = `imaging[${i}].${input.name}`;
      row.querySelector('[data-testid="scan-remove"]').setAttribute('aria-label', `Remove scan ${i + 1}`);
    });
  }

  redFlags() {
    const answers = {};
    for (const q of this.questions) {
      const checked = this.questionsBox.querySelector(`input[name="${radioName(q.id)}"]:checked`);
      if (checked) answers[q.id] = checked.value === 'yes';
    }
    return answers;
  }

  /** Everything the patient entered, as plain values. */
  values() {
    const value = (id) => byId(id).value;
    return {
      patient: { name: value('patient-name'), email: value('patient-email'), phone: value('patient-phone'), dateOfBirth: value('patient-dob') },
      scans: [...this.scanRows.children].map((row) => ({
        modality: row.querySelector('select[name="modality"]').value,
        region: row.querySelector('select[name="region"]').value,
        performedOn: row.querySelector('input[name="performedOn"]').value,
      })),
      redFlags: this.redFlags(),
      questions: this.questions,
      urgentAcknowledged: this.urgentAck.checked,
    };
  }
}

function radioName(id) {
  return `redflag-${id}`;
}

function questionGroup(question, onChange) {
  const base = `redflag-${question.id}`;
  const hintId = `${base}-why`;
  const radio = (answer, label) => {
    const input = el('input', { type: 'radio', id: `${base}-${answer}`, name: radioName(question.id), value: answer, dataset: { testid: `redflag-${answer}` } });
    input.addEventListener('change', onChange);
    return el('div', { class: 'radio' }, input, el('label', { for: input.id, text: label }));
  };
  return el('fieldset', {
    class: 'question',
    id: base,
    'aria-describedby': question.why ? hintId : null,
    dataset: { field: `redFlags.${question.id}`, testid: 'redflag-question', redFlagId: question.id },
  },
  el('legend', { text: question.question }),
  question.why ? el('p', { class: 'hint', id: hintId, text: question.why }) : null,
  el('div', { class: 'inline-radios' }, radio('yes', 'Yes'), radio('no', 'No')));
}

function select(id, name, labels, placeholder) {
  return el('select', { id, name, dataset: { testid: `scan-${name}` } },
    el('option', { value: '', text: placeholder }),
    Object.entries(labels).map(([code, label]) => el('option', { value: code, text: label })));
}
