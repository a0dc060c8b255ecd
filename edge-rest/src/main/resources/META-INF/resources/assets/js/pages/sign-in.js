import '../layout.js';
import { api } from '../api.js';
import { $, busy, describeProblem, formError, status } from '../dom.js';
import { currentSession, isStaff, saveSession, takeReturn } from '../session.js';

const form = $('[data-dev-sign-in]');
const session = currentSession();
if (session) status('ok', `You are signed in as ${session.name}. Signing in again replaces that.`);

if (form) {
  const hotelsField = $('[data-hotels-field]');
  form.addEventListener('change', () => { hotelsField.hidden = form.elements.role.value !== 'staff'; });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const subject = form.elements.subject.value.trim();
    const role = form.elements.role.value;
    const hotels = form.elements.hotels.value.split(',').map((v) => v.trim()).filter(Boolean);
    const problem = !subject ? 'Enter your name.'
      : hotels.some((v) => !/^\d+$/.test(v)) ? 'Hotels are numbers separated by commas.'
        : role === 'staff' && hotels.length === 0 ? 'Staff manage at least one hotel: enter its number.' : null;
    formError(form, problem);
    if (!problem) busy(form.querySelector('button[type=submit]'), () => signIn(subject, role, hotels.map(Number)));
  });
}

async function signIn(subject, role, hotels) {
  try {
    // The minter is ./run-local's (another origin, allowed by CORS there and connect-src here).
    const { body } = await api.post(form.dataset.mintUrl, { subject, roles: [role], hotels }, { anonymous: true });
    saveSession(body.token, 'dev-token');
  } catch (problem) {
    formError(form, null);
    status('error', describeProblem(problem));
    return;
  }
  location.assign(takeReturn() || (isStaff(currentSession()) ? '/admin' : '/'));
}
