import '../layout.js';
import { api } from '../api.js';
import { hotelName, roomTypeName } from '../catalog.js';
import { $, clearStatus, fill, problemStatus, show, status } from '../dom.js';
import { money } from '../format.js';
import { rejection } from '../messages.js';
import { facts } from '../reservation-view.js';
import { currentSession, goToSignIn } from '../session.js';

const reservationId = $('[data-page]').dataset.reservationId;

if (!currentSession()) goToSignIn();
else load();

async function load() {
  status('loading', 'Loading your booking…');
  let reservation;
  try {
    reservation = await api.get(`/v1/reservations/${encodeURIComponent(reservationId)}`);
  } catch (problem) {
    problemStatus(problem, 'this reservation');
    return;
  }
  const [hotel, room] = await Promise.all([hotelName(reservation.hotelID), roomTypeName(reservation.hotelID, reservation.roomTypeID)]);
  clearStatus();
  const box = $('[data-confirmation]');
  if (reservation.status === 'PAID') {
    fill($('[data-confirmation-heading]'), 'Booking confirmed');
    fill($('[data-confirmation-text]'), `Thank you! ${money(reservation.amount)} was charged to your card. Your room at ${hotel} is waiting for you.`);
  } else if (reservation.status === 'PENDING') {
    box.classList.replace('success', 'waiting');
    fill($('[data-confirmation-heading]'), 'Confirming your payment');
    fill($('[data-confirmation-text]'), 'We are still checking the payment with your card\'s processor.');
  } else {
    box.classList.replace('success', 'problem');
    fill($('[data-confirmation-heading]'), 'Not booked');
    fill($('[data-confirmation-text]'), rejection(reservation.rejectionReason));
  }
  fill($('[data-facts]'), facts(reservation, hotel, room));
  box.dataset.reservationStatus = reservation.status;
  show(box);
}
