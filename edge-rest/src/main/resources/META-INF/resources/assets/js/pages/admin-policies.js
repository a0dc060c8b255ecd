import '../layout.js';
import { api, withQuery } from '../api.js';
import { managedHotel } from '../admin.js';
import { $, busy, clearStatus, describeProblem, fill, formError, problemStatus, show, status } from '../dom.js';

const context = await managedHotel();
const overbooking = $('[data-overbooking-form]');
const cancellation = $('[data-cancellation-form]');

if (context) {
  try {
    const [policy, cancel] = await Promise.all([api.get(`${base()}/overbooking-policy`), api.get(`${base()}/cancellation-policy`)]);
    overbooking.elements.overbookingPercent.value = policy.overbookingPercent;
    cancellation.elements.freeCancellationDays.value = cancel.freeCancellationDays;
    cancellation.elements.penaltyNights.value = cancel.penaltyNights;
    show($('[data-content]'));
  } catch (problem) {
    problemStatus(problem);
  }
}

function base() {
  return `/v1/hotels/${context.hotelId}`;
}

function percent() {
  const value = Number(overbooking.elements.overbookingPercent.value);
  return Number.isInteger(value) && value >= 0 && value <= 100 ? value : null;
}

async function putOverbooking(validateOnly) {
  const value = percent();
  formError(overbooking, value === null ? 'Enter a whole percentage from 0 to 100.' : null);
  if (value === null) return;
  const force = overbooking.elements.force.checked;
  try {
    const policy = await api.put(withQuery(`${base()}/overbooking-policy`, { validateOnly: validateOnly || undefined, force: force || undefined }),
      { overbookingPercent: value });
    const over = policy.overbookedNightCount || 0;
    fill($('[data-overbooking-preview]'), over ? `${over} night(s) would be sold beyond the new limit (nothing is canceled).`
      : `No night is sold beyond ${value}%.`);
    if (!validateOnly) {
      clearStatus();
      status('ok', `Overbooking is now ${value}%.`);
    }
  } catch (problem) {
    if (problem.reason === 'CAPACITY_BELOW_RESERVED') show($('[data-force-label]'));
    fill($('[data-overbooking-preview]'), describeProblem(problem));
  }
}

$('[data-preview-overbooking]').addEventListener('click', (event) => busy(event.target, () => putOverbooking(true)));
overbooking.addEventListener('submit', (event) => {
  event.preventDefault();
  busy(overbooking.querySelector('button[type=submit]'), () => putOverbooking(false));
});

cancellation.addEventListener('submit', (event) => {
  event.preventDefault();
  const free = Number(cancellation.elements.freeCancellationDays.value);
  const penalty = Number(cancellation.elements.penaltyNights.value);
  const problem = Number.isInteger(free) && free >= 0 && Number.isInteger(penalty) && penalty >= 0 ? null : 'Enter whole numbers, 0 or more.';
  formError(cancellation, problem);
  if (problem) return;
  busy(cancellation.querySelector('button'), async () => {
    try {
      await api.put(`${base()}/cancellation-policy`, { freeCancellationDays: free, penaltyNights: penalty });
      clearStatus();
      status('ok', 'The cancellation policy is saved.');
    } catch (problem2) {
      problemStatus(problem2);
    }
  });
});
