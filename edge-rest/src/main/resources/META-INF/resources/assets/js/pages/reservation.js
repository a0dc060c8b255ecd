import '../layout.js';
import { all, api } from '../api.js';
import { hotelName, policyText, roomTypeName } from '../catalog.js';
import { $, busy, clearStatus, fill, focus, problemStatus, show, status } from '../dom.js';
import { badge, facts, refundText, timelineItem } from '../reservation-view.js';
import { currentSession, goToSignIn } from '../session.js';

const reservationId = $('[data-page]').dataset.reservationId;
const path = `/v1/reservations/${encodeURIComponent(reservationId)}`;
let names;

if (!currentSession()) goToSignIn();
else load();

async function load() {
  status('loading', 'Loading the reservation…');
  let reservation;
  try {
    reservation = await api.get(path);
  } catch (problem) {
    problemStatus(problem, 'this reservation');
    return;
  }
  names = await Promise.all([hotelName(reservation.hotelID), roomTypeName(reservation.hotelID, reservation.roomTypeID)]);
  clearStatus();
  render(reservation);
  show($('[data-reservation]'));
}

function render(reservation) {
  fill($('[data-title]'), `${names[0]}`);
  fill($('[data-badge]'), badge(reservation.status));
  fill($('[data-facts]'), facts(reservation, names[0], names[1]));
  const cancelable = reservation.status === 'PAID' || reservation.status === 'PENDING';
  show($('[data-cancel-section]'), cancelable);
  fill($('[data-policy]'), policyText(reservation.cancellationPolicy));
  showTimeline();
}

async function showTimeline() {
  try {
    const events = await all(`${path}/events`, {}, 'events');
    fill($('[data-timeline]'), events.map(timelineItem));
  } catch (problem) {
    fill($('[data-timeline]'));
    problemStatus(problem);
  }
}

$('[data-cancel]').addEventListener('click', () => {
  show($('[data-cancel]'), false);
  show($('[data-confirm]'));
  $('[data-confirm-no]').focus();
});
$('[data-confirm-no]').addEventListener('click', () => {
  show($('[data-confirm]'), false);
  show($('[data-cancel]'));
  $('[data-cancel]').focus();
});
$('[data-confirm-yes]').addEventListener('click', (event) => busy(event.target, cancel));

async function cancel() {
  let reservation;
  try {
    reservation = await api.del(path);
  } catch (problem) {
    problemStatus(problem);
    return;
  }
  show($('[data-confirm]'), false);
  render(reservation);
  const box = $('[data-refund]');
  fill($('[data-refund-heading]'), reservation.status === 'REFUNDED' ? 'Canceled: refund on its way' : 'Canceled');
  fill($('[data-refund-text]'), refundText(reservation));
  box.dataset.reservationStatus = reservation.status;
  box.classList.add('success');
  show(box);
  focus(box);
}
