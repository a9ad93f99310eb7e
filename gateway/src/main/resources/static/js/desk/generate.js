// "Publish slots": POST /api/desk/slots/generate {specialistId, from, to} for a range of days.

import { byId, clearFieldErrors, setMessage, showFieldErrors, whileBusy } from '../dom.js';
import { report } from './desk-api.js';
import { PATHS, generatedMessage, validateGenerate } from './model.js';

export function wireGenerateForm(deskApi) {
  const form = byId('generate-form');
  const status = byId('generate-status');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const request = { specialistId: byId('generate-specialist').value, from: byId('generate-from').value, to: byId('generate-to').value };
    const problems = validateGenerate(request);
    if (problems.length) {
      showFieldErrors(form, problems);
      return;
    }
    clearFieldErrors(form);
    whileBusy(byId('generate-submit'), async () => {
      try {
        setMessage(status, generatedMessage(await deskApi(PATHS.generate, { method: 'POST', body: request })), 'success');
      } catch (error) {
        if (error.fieldErrors?.length) showFieldErrors(form, error.fieldErrors);
        report(status, error);
      }
    });
  });
}
