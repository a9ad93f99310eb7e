// THE place where an appointment as sent by booking-service becomes what the pages show
// (confirmation, manage page, front desk). Pure, unit-testable. docs/architecture.md fixes
// {id, reference, status, start, end, specialist, prerequisites[{modality, region, status, dueBy}],
// manageToken}; everything else is read defensively under the names listed here.

import { describeRequirement } from './format.js';

const OUTSTANDING = new Set(['MISSING', 'TOO_OLD']);

/** A value, or the first present one of several candidate names. */
export function pick(object, ...names) {
  if (!object || typeof object !== 'object') return undefined;
  for (const name of names) {
    const value = name.split('.').reduce((o, key) => (o && typeof o === 'object' ? o[key] : undefined), object);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** A list from a bare array or from {items|content|results|data|<name>: [...]}. */
export function listOf(body, ...names) {
  if (Array.isArray(body)) return body;
  for (const name of [...names, 'items', 'content', 'results', 'data']) {
    if (body && Array.isArray(body[name])) return body[name];
  }
  return [];
}

/** {id, name} from a specialist given as an object, an id, or flattened fields. */
export function normaliseSpecialist(raw, appointment = {}) {
  if (raw && typeof raw === 'object') {
    return {
      id: pick(raw, 'id', 'specialistId') ?? '',
      name: pick(raw, 'name', 'displayName', 'fullName') ?? pick(raw, 'id') ?? '',
      title: pick(raw, 'title', 'specialty', 'role') ?? '',
    };
  }
  const name = pick(appointment, 'specialistName');
  return { id: typeof raw === 'string' ? raw : pick(appointment, 'specialistId') ?? '', name: name ?? (typeof raw === 'string' ? raw : ''), title: '' };
}

/** One imaging prerequisite as the pages need it. */
export function normalisePrerequisite(raw) {
  const requirement = raw.requirement && typeof raw.requirement === 'object' ? raw.requirement : raw;
  const status = String(pick(raw, 'status') ?? 'MISSING').toUpperCase();
  return {
    modality: pick(requirement, 'modality') ?? '',
    region: pick(requirement, 'region') ?? '',
    status,
    dueBy: pick(raw, 'dueBy', 'due', 'dueDate') ?? '',
    necessity: pick(requirement, 'necessity') ?? '',
    description: describeRequirement({ ...requirement, description: pick(raw, 'description', 'describe') }),
    outstanding: OUTSTANDING.has(status),
  };
}

/** True when the appointment carries a red-flag alert for staff (booking-service sends urgentReview). */
function redFlagged(raw) {
  if (raw.urgentCare && typeof raw.urgentCare === 'object') return true;
  const flag = pick(raw, 'urgentReview', 'redFlagged', 'urgent', 'flagged', 'redFlag');
  if (flag !== undefined) return flag === true || flag === 'true';
  const answers = raw.redFlags;
  if (Array.isArray(answers)) return answers.length > 0;
  return !!answers && typeof answers === 'object' && Object.values(answers).some((v) => v === true || v === 'YES' || v === 'yes');
}

/** The triage advice of a flagged booking ({tier, name, advice, nextSteps, reviewWithinHours}), or null. */
export function normaliseUrgentCare(raw) {
  if (!raw || typeof raw !== 'object') return null;
  return {
    tier: String(pick(raw, 'tier') ?? '').toUpperCase(),
    name: pick(raw, 'name') ?? '',
    advice: pick(raw, 'advice') ?? '',
    nextSteps: pick(raw, 'nextSteps') ?? '',
    reviewWithinHours: Number(pick(raw, 'reviewWithinHours') ?? 0),
  };
}

/** The appointment in one stable shape. Unknown fields become '' / [] rather than errors. */
export function normaliseAppointment(raw) {
  const a = raw && typeof raw === 'object' ? raw : {};
  const prerequisites = listOf(a.prerequisites ?? a.imaging?.prerequisites, 'results').map(normalisePrerequisite);
  const patient = a.patient && typeof a.patient === 'object' ? a.patient : {};
  return {
    id: pick(a, 'id', 'appointmentId') ?? '',
    reference: pick(a, 'reference', 'ref') ?? '',
    status: String(pick(a, 'status') ?? '').toLowerCase(),
    start: pick(a, 'start', 'slot.start', 'startsAt') ?? '',
    end: pick(a, 'end', 'slot.end', 'endsAt') ?? '',
    timeZone: pick(a, 'timeZone', 'zone', 'zoneId', 'slot.timeZone') ?? '',
    slotId: pick(a, 'slotId', 'slot.id') ?? '',
    specialist: normaliseSpecialist(a.specialist ?? a.specialistId, a),
    consultationType: pick(a, 'consultationType', 'consultationType.type') ?? '',
    conditionId: pick(a, 'conditionId', 'condition.id') ?? '',
    conditionName: pick(a, 'conditionName', 'condition.name') ?? '',
    prerequisites,
    outstanding: prerequisites.filter((p) => p.outstanding),
    dueBy: pick(a, 'prerequisitesDueBy', 'dueBy') ?? '',
    manageToken: pick(a, 'manageToken') ?? '',
    redFlagged: redFlagged(a),
    reviewAcknowledged: a.reviewAcknowledged === true,
    urgentCare: normaliseUrgentCare(a.urgentCare),
    patient: {
      name: pick(patient, 'name', 'fullName') ?? pick(a, 'patientName') ?? '',
      email: pick(patient, 'email') ?? '',
      phone: pick(patient, 'phone') ?? '',
      dateOfBirth: pick(patient, 'dateOfBirth') ?? '',
    },
  };
}

/** Patients may cancel or reschedule only an appointment that has not happened or ended. */
export function patientMayChange(appointment) {
  return appointment.status === 'pending' || appointment.status === 'booked';
}
