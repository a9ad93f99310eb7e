// Patient page (/): hash routes #/ (search), #/conditions/{id}, #/procedures/{id}, #/book/{conditionId},
// #/booked/{reference}. Other hashes are left to the browser (the skip link does not change the hash).

import { api, withQuery } from '../api.js';
import { listOf } from '../appointment.js';
import { byId, focusOn, setMessage, whileBusy, wireSkipLink } from '../dom.js';
import { BookingFlow } from './booking-view.js';
import { renderCondition, renderProcedure, renderResults } from './catalog-view.js';
import { renderConfirmation } from './confirmation-view.js';
import {
  PATHS, anyRedFlag, filterProcedures, normaliseCondition, normaliseConsultationType, normaliseProcedure,
  normaliseRedFlag, redFlagQuestions,
} from './model.js';

wireSkipLink();

const TITLE = 'SpineCare';
const cache = { procedures: null, conditions: null, consultationTypes: null, redFlags: null, details: new Map() };
let lastBooking = null;

const flow = new BookingFlow({
  onBooked(appointment) {
    lastBooking = { appointment, conditionName: flow.condition.name, answeredRedFlag: anyRedFlag(flow.details.redFlags()) };
    history.replaceState(null, '', `#/booked/${encodeURIComponent(appointment.reference)}`);
    route();
  },
});

async function once(key, load) {
  if (!cache[key]) cache[key] = load().catch((error) => {
    cache[key] = null; // try again next time
    throw error;
  });
  return cache[key];
}

const allProcedures = () => once('procedures', async () => listOf(await api(PATHS.procedures), 'procedures').map(normaliseProcedure));
const allConditions = () => once('conditions', async () => listOf(await api(PATHS.conditions), 'conditions').map(normaliseCondition));
const consultationTypes = () => once('consultationTypes', async () => listOf(await api(PATHS.consultationTypes), 'consultationTypes').map(normaliseConsultationType));
const catalogueRedFlags = () => once('redFlags', async () => listOf(await api(PATHS.redFlags).catch(() => []), 'redFlags').map(normaliseRedFlag));

/**
 * The scans each consultation type needs for a condition ({TYPE: [ImagingRequirement]}), from
 * GET /api/catalog/conditions/{id}/prerequisites; null when they cannot be read (no section shown).
 */
async function prerequisitesOf(id) {
  try {
    const types = await consultationTypes();
    const entries = await Promise.all(types.map(async (t) => [
      t.type,
      t.imagingRequired ? listOf(await api(withQuery(PATHS.prerequisites(id), { consultationType: t.type })), 'requirements') : [],
    ]));
    return Object.fromEntries(entries);
  } catch {
    return null;
  }
}

async function conditionDetail(id) {
  if (!cache.details.has(id)) {
    const load = async () => {
      const [condition, prerequisites] = await Promise.all([api(PATHS.condition(id)).then(normaliseCondition), prerequisitesOf(id)]);
      return { ...condition, prerequisites: condition.prerequisites ?? prerequisites };
    };
    cache.details.set(id, load().catch((error) => {
      cache.details.delete(id);
      throw error;
    }));
  }
  return cache.details.get(id);
}

async function search(query) {
  const [conditions, procedures] = await Promise.all([
    api(withQuery(PATHS.conditions, { q: query })).then((body) => listOf(body, 'conditions').map(normaliseCondition)),
    allProcedures().catch(() => []),
  ]);
  const summary = renderResults(
    { conditions, procedures: filterProcedures(procedures, query), query },
    { conditions: byId('condition-results'), procedures: byId('procedure-results') },
  );
  byId('search-summary').textContent = summary;
}

function showView(name, title) {
  for (const view of document.querySelectorAll('.view')) view.hidden = view.dataset.view !== name;
  if (name !== 'book') flow.countdown.stop(); // a hold left behind simply expires on the server
  document.title = title ? `${title} – ${TITLE}` : `${TITLE} – spine conditions, procedures and booking`;
  setMessage(byId('page-status'), '');
}

async function route() {
  const hash = location.hash || '#/';
  if (!hash.startsWith('#/')) return;
  const [, section = '', rawId = ''] = hash.slice(1).split('/');
  const id = decodeURIComponent(rawId);
  try {
    if (section === '') {
      showView('search');
    } else if (section === 'conditions' && id) {
      const [condition, procedures, types] = await Promise.all([conditionDetail(id), allProcedures().catch(() => []), consultationTypes().catch(() => [])]);
      renderCondition(byId('condition-detail'), { condition, proceduresById: new Map(procedures.map((p) => [p.id, p])), consultationTypes: types });
      showView('condition', condition.name);
      focusOn(byId('condition-name'));
    } else if (section === 'procedures' && id) {
      const [procedure, conditions] = await Promise.all([
        api(PATHS.procedure(id)).then(normaliseProcedure),
        allConditions().catch(() => []),
      ]);
      renderProcedure(byId('procedure-detail'), { procedure, conditionsById: new Map(conditions.map((c) => [c.id, c])) });
      showView('procedure', procedure.name);
      focusOn(byId('procedure-name'));
    } else if (section === 'book' && id) {
      const [condition, types] = await Promise.all([conditionDetail(id), consultationTypes()]);
      const flags = condition.redFlags.length || !condition.redFlagIds.length ? [] : await catalogueRedFlags();
      flow.start({ condition, consultationTypes: types, redFlags: redFlagQuestions(condition, flags) });
      showView('book', `Book: ${condition.name}`);
      focusOn(byId('book-heading'));
    } else if (section === 'booked' && lastBooking && lastBooking.appointment.reference === id) {
      renderConfirmation(byId('confirmation-heading'), byId('confirmation-detail'), lastBooking);
      showView('confirmation', 'Booked');
      focusOn(byId('confirmation-heading'));
    } else if (section === 'booked') {
      location.replace('#/');
    } else {
      showView('missing', 'Not found');
    }
  } catch (error) {
    showView(error.status === 404 ? 'missing' : 'search');
    setMessage(byId('page-status'), error.message, 'error');
    focusOn(byId('page-status'));
  }
}

byId('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const query = byId('search-q').value.trim();
  whileBusy(byId('search-submit'), () => search(query)).catch((error) => {
    byId('search-summary').textContent = error.message;
  });
  if (location.hash && location.hash !== '#/') history.pushState(null, '', '#/');
  showView('search');
});

window.addEventListener('hashchange', route);
search('').catch((error) => {
  byId('search-summary').textContent = error.message;
});
route();
