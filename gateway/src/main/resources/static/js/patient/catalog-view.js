// Search results, one condition and one procedure: plain-language content from the catalogue.

import { bulletList, definitionList, el, fill } from '../dom.js';
import { CONSULTATION_TYPE_LABELS, MODALITY_LABELS, describeRequirement, labelOf } from '../format.js';

/** Fills the two result lists; returns the summary sentence for the live region. */
export function renderResults({ conditions, procedures, query }, lists) {
  lists.conditions.replaceChildren(...conditions.map(conditionCard));
  lists.procedures.replaceChildren(...procedures.map(procedureCard));
  if (!conditions.length) lists.conditions.append(el('li', { class: 'empty', text: 'No condition matches your search.' }));
  if (!procedures.length) lists.procedures.append(el('li', { class: 'empty', text: 'No procedure matches your search.' }));
  const counts = `${conditions.length} condition${conditions.length === 1 ? '' : 's'} and ${procedures.length} procedure${procedures.length === 1 ? '' : 's'}`;
  return query ? `${counts} found for “${query}”.` : `Showing all ${counts}.`;
}

function conditionCard(condition) {
  return el(
    'li',
    { class: 'card', dataset: { testid: 'condition-card', conditionId: condition.id } },
    el('h3', {}, el('a', { href: `#/conditions/${encodeURIComponent(condition.id)}`, text: condition.name })),
    condition.synonyms.length ? el('p', { class: 'hint', text: `Also called: ${condition.synonyms.slice(0, 4).join(', ')}` }) : null,
    el('p', { text: condition.summary }),
    el('p', { class: 'actions' },
      el('a', { class: 'button primary', href: `#/book/${encodeURIComponent(condition.id)}`, dataset: { testid: 'book-condition' } }, 'Book a consultation'),
    ),
  );
}

function procedureCard(procedure) {
  return el(
    'li',
    { class: 'card', dataset: { testid: 'procedure-card', procedureId: procedure.id } },
    el('h3', {}, el('a', { href: `#/procedures/${encodeURIComponent(procedure.id)}`, text: procedure.name })),
    el('p', { text: procedure.summary }),
  );
}

/**
 * One condition: what it is, symptoms, the procedures we offer, and the scans needed per
 * consultation type when the service publishes them (otherwise that section is left out).
 */
export function renderCondition(container, { condition, proceduresById, consultationTypes }) {
  const procedures = condition.procedureIds.map((id) => proceduresById.get(id) || { id, name: id, summary: '' });
  fill(container,
    el('h1', { id: 'condition-name', tabindex: '-1', text: condition.name }),
    condition.synonyms.length ? el('p', { class: 'hint', text: `Also called: ${condition.synonyms.join(', ')}` }) : null,
    el('h2', { text: 'What it is' }),
    el('p', { text: condition.summary }),
    condition.symptoms.length ? el('h2', { text: 'Common symptoms' }) : null,
    bulletList(condition.symptoms),
    procedures.length ? el('h2', { text: 'Treatments we offer' }) : null,
    procedures.length
      ? el('ul', { class: 'link-list' }, procedures.map((p) =>
          el('li', {}, el('a', { href: `#/procedures/${encodeURIComponent(p.id)}`, text: p.name }), p.summary ? ` – ${p.summary}` : '')))
      : null,
    scansSection(condition, consultationTypes),
    el('p', { class: 'actions' },
      el('a', { class: 'button primary', id: 'condition-book', href: `#/book/${encodeURIComponent(condition.id)}`, dataset: { testid: 'condition-book' } }, `Book a consultation about ${condition.name.toLowerCase()}`),
    ),
  );
}

function scansSection(condition, consultationTypes) {
  if (!condition.prerequisites) return null; // not published by the service: say nothing
  const types = consultationTypes.length
    ? consultationTypes.map((t) => [t.type, t.name])
    : Object.keys(condition.prerequisites).map((t) => [t, labelOf(CONSULTATION_TYPE_LABELS, t)]);
  const section = el('section', { class: 'panel', dataset: { testid: 'condition-scans' } },
    el('h2', { text: 'Scans needed before your visit' }),
    el('p', { class: 'hint', text: 'These are the clinic’s standard rules. Bring or send the scans before your appointment; if you have none yet, you can still book.' }),
  );
  const list = el('dl', { class: 'scans-by-type' });
  for (const [type, name] of types) {
    const requirements = condition.prerequisites[type] || [];
    list.append(el('dt', { text: name }), el('dd', {}, requirementList(requirements)));
  }
  section.append(list);
  return section;
}

/**
 * The requirements as a list ("lumbar MRI, not older than 12 months (required)"), or "none".
 * With `onHave(requirement, button)`, each item gets an "I have this scan" button.
 */
export function requirementList(requirements, onHave = null) {
  if (!requirements.length) return el('p', { text: 'No scans needed.' });
  return el('ul', { dataset: { testid: 'required-scans' } }, requirements.map((r) => {
    const optional = String(r.necessity || '').toUpperCase() === 'RECOMMENDED';
    const alternatives = Array.isArray(r.alternatives) && r.alternatives.length
      ? ` Accepted instead when this scan is not possible for you: ${r.alternatives.map((m) => labelOf(MODALITY_LABELS, m)).join(' or ')}.`
      : '';
    const have = onHave
      ? el('button', { type: 'button', class: 'link-button', dataset: { testid: 'scan-have', modality: r.modality, region: r.region } }, 'I have this scan')
      : null;
    have?.addEventListener('click', () => onHave(r, have));
    return el('li', { dataset: { testid: 'required-scan', modality: r.modality, region: r.region, maxAgeDays: String(r.maxAgeDays ?? '') } },
      el('span', { text: capitalise(describeRequirement(r)) }),
      ' ',
      el('span', { class: optional ? 'badge' : 'badge strong', text: optional ? 'recommended' : 'required' }),
      r.note || alternatives ? el('span', { class: 'hint block', text: `${r.note || ''}${alternatives}`.trim() }) : null,
      have,
    );
  }));
}

function capitalise(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** One procedure: what it is, how it is done, recovery milestones, benefits and risks. */
export function renderProcedure(container, { procedure, conditionsById }) {
  const conditions = procedure.conditionIds.map((id) => conditionsById.get(id) || { id, name: id });
  const r = procedure.recovery;
  fill(container,
    el('h1', { id: 'procedure-name', tabindex: '-1', text: procedure.name }),
    procedure.otherNames.length ? el('p', { class: 'hint', text: `Also called: ${procedure.otherNames.join(', ')}` }) : null,
    el('h2', { text: 'What it is' }),
    el('p', { text: procedure.summary }),
    el('h2', { text: 'How the minimally invasive procedure is done' }),
    procedure.technique ? el('p', { text: procedure.technique }) : null,
    definitionList([
      ['Incision', procedure.incision],
      ['Anaesthesia', procedure.anaesthesia],
      ['Hospital stay', procedure.hospitalStay],
    ], { class: 'facts' }),
    el('h2', { text: 'Recovery' }),
    definitionList([
      ['Walking', r.walking],
      ['Light activity', r.lightActivity],
      ['Return to desk work', r.deskWork],
      ['Full recovery', r.fullRecovery],
    ], { class: 'facts milestones', dataset: { testid: 'recovery-milestones' } }),
    el('p', { class: 'hint', text: 'Typical ranges: your own recovery depends on your health and the details of your operation.' }),
    procedure.benefits.length ? el('h2', { text: 'Benefits' }) : null,
    bulletList(procedure.benefits),
    procedure.risks.length ? el('h2', { text: 'Risks' }) : null,
    bulletList(procedure.risks, { dataset: { testid: 'procedure-risks' } }),
    conditions.length ? el('h2', { text: 'Conditions it treats' }) : null,
    conditions.length
      ? el('ul', { class: 'link-list' }, conditions.map((c) =>
          el('li', {},
            el('a', { href: `#/conditions/${encodeURIComponent(c.id)}`, text: c.name }),
            ' · ',
            el('a', { href: `#/book/${encodeURIComponent(c.id)}`, 'aria-label': `Book a consultation about ${c.name}` }, 'Book'))))
      : null,
  );
}
