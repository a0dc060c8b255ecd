import '../layout.js';
import { api } from '../api.js';
import { hotel as loadHotel, roomTypesOf } from '../catalog.js';
import { $, announce, busy, clearStatus, describeProblem, fill, focus, formError, h, param, problemStatus, show, status } from '../dom.js';
import { formatDay, isDay, money, nights, nightsText } from '../format.js';
import { rejection } from '../messages.js';
import { currentSession, goToSignIn } from '../session.js';

const POLL_EVERY_MS = 2000;
const POLL_FOR_MS = 120_000;
const form = $('[data-booking-form]');
const button = $('[data-book-button]');
const stay = {
  hotelID: Number(param('hotelID')), roomTypeID: Number(param('roomTypeID')),
  startDate: param('startDate'), endDate: param('endDate'), rooms: Number(param('rooms') || '1'),
};
let hotel;
let roomType;
let quote;
let countdown;

if (!currentSession()) {
  goToSignIn();
} else if (!(stay.hotelID > 0 && stay.roomTypeID > 0 && isDay(stay.startDate) && isDay(stay.endDate) && stay.rooms > 0)) {
  status('error', 'This booking link is incomplete. ', h('a', { href: '/' }, 'Start a new search'), '.');
} else {
  start();
}

async function start() {
  status('loading', 'Getting your price…');
  try {
    const [found, types] = await Promise.all([loadHotel(stay.hotelID), roomTypesOf(stay.hotelID)]);
    hotel = found;
    roomType = types.find((type) => type.roomTypeID === stay.roomTypeID);
  } catch (problem) {
    problemStatus(problem, 'this hotel');
    return;
  }
  if (!roomType) {
    status('error', 'We could not find this room.');
    return;
  }
  fill($('[data-summary-title]'), `${roomType.name} · ${hotel.name}`);
  fill($('[data-summary-text]'), `${formatDay(stay.startDate)} to ${formatDay(stay.endDate)} · ${nightsText(nights(stay.startDate, stay.endDate))}`
    + ` · ${stay.rooms} room${stay.rooms === 1 ? '' : 's'}`);
  show($('[data-summary]'));
  form.elements.guests.max = String(roomType.maxOccupancy * stay.rooms);
  await newQuote();
}

/** A quote locks the price for a while and hands out the reservationID that makes booking idempotent. */
async function newQuote() {
  const previous = quote;
  show($('[data-outcome]'), false);
  try {
    quote = (await api.post('/v1/quotes', stay)).body;
  } catch (problem) {
    show($('[data-quote]'), false);
    show(form, false);
    problemStatus(problem, 'a price for this stay');
    return;
  }
  clearStatus();
  fill($('[data-nights]'), quote.nights.map((night) => h('tr', {},
    h('td', {}, formatDay(night.date)), h('td', { class: 'num' }, money(night.price)))));
  fill($('[data-total-label]'), `Total, ${stay.rooms} room${stay.rooms === 1 ? '' : 's'}`);
  fill($('[data-total]'), money(quote.total));
  show($('[data-quote]'));
  fill(button, `Book and pay ${money(quote.total)}`);
  button.disabled = false;
  show(form);
  startCountdown(new Date(quote.quoteExpireTime));
  if (previous && previous.total.amount !== quote.total.amount) {
    status('', h('strong', {}, 'New price: '), `${money(quote.total)} (was ${money(previous.total)}).`);
  }
}

function startCountdown(expires) {
  clearInterval(countdown);
  const lock = $('[data-lock]');
  const tick = () => {
    const left = Math.max(0, Math.round((expires - Date.now()) / 1000));
    fill($('[data-countdown]'), `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`);
    lock.classList.toggle('expired', left === 0);
    if (left === 0) {
      clearInterval(countdown);
      fill($('[data-lock-text]'), 'Price lock expired: booking now checks the price again. Time left');
      announce('Your price lock has expired.');
    }
  };
  fill($('[data-lock-text]'), 'Price locked for');
  tick();
  countdown = setInterval(tick, 1000);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const guests = Number(form.elements.guests.value);
  const max = roomType.maxOccupancy * stay.rooms;
  const problem = !(guests >= 1) ? 'Enter the number of guests.' : guests > max ? `At most ${max} guests fit in ${stay.rooms} room(s).` : null;
  formError(form, problem);
  if (!problem) busy(button, () => book(guests, form.elements.card.value));
});

async function book(guests, paymentToken) {
  status('loading', 'Booking… this can take a few seconds.');
  const body = { ...stay, reservationID: quote.reservationID, quoteID: quote.quoteID, guests, paymentToken };
  let reservation;
  try {
    reservation = (await api.post('/v1/reservations', body)).body;
  } catch (problem) {
    outcome('problem', 'Booking not completed', describeProblem(problem),
      problem.status === 503 || problem.reason === 'NETWORK' || problem.reason === 'INVENTORY_BUSY'
        ? [actionButton('Try again (you will not be charged twice)', () => busy(button, () => book(guests, paymentToken)))] : []);
    return;
  }
  await settle(reservation);
}

async function settle(reservation) {
  if (reservation.status === 'PAID') {
    clearInterval(countdown);
    location.assign(`/reservations/${encodeURIComponent(reservation.reservationID)}/confirmation`);
    return;
  }
  if (reservation.status === 'PENDING') {
    await waitForPayment(reservation.reservationID);
    return;
  }
  rejected(reservation);
}

/** The payment's outcome is unknown (processor timeout): StayGrid resolves it; this page waits and shows it. */
async function waitForPayment(reservationId) {
  show(form, false);
  outcome('waiting', 'Waiting for your card\'s processor',
    'The card processor did not answer in time. Your rooms are held and StayGrid is checking the payment; this page updates by itself. Please do not book again.',
    [h('a', { href: `/reservations/${encodeURIComponent(reservationId)}` }, 'See this reservation')]);
  const until = Date.now() + POLL_FOR_MS;
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
    let reservation;
    try {
      reservation = await api.get(`/v1/reservations/${encodeURIComponent(reservationId)}`);
    } catch {
      continue;
    }
    if (reservation.status !== 'PENDING') {
      await settle(reservation);
      return;
    }
  }
  fill($('[data-outcome-text]'), 'The payment is still being checked. We will keep trying; your reservation page shows the outcome.');
}

function rejected(reservation) {
  clearInterval(countdown);
  show(form, false);
  show($('[data-quote]'), false);
  const reason = reservation.rejectionReason;
  const back = `/hotels/${stay.hotelID}/room-types/${stay.roomTypeID}?startDate=${stay.startDate}&endDate=${stay.endDate}&rooms=${stay.rooms}`;
  const states = {
    ROOMS_UNAVAILABLE: ['Sold out', [h('a', { class: 'button primary', href: back }, 'Choose other dates'),
      h('a', { href: `/hotels/${stay.hotelID}?startDate=${stay.startDate}&endDate=${stay.endDate}&rooms=${stay.rooms}` }, 'See other rooms')]],
    PAYMENT_DECLINED: ['Card declined', [actionButton('Try another card', newQuote)]],
    PRICE_CHANGED: ['The price has changed', [actionButton('See the new price', newQuote)]],
    QUOTE_MISMATCH: ['Your price expired', [actionButton('Get a new price', newQuote)]],
    QUOTE_NOT_FOUND: ['Your price expired', [actionButton('Get a new price', newQuote)]],
  };
  const [heading, actions] = states[reason] || ['Booking not completed', [h('a', { href: back }, 'Back to the room')]];
  outcome('problem', heading, rejection(reason), actions, reason);
}

function outcome(kind, heading, text, actions = [], reason = '') {
  clearStatus();
  const section = $('[data-outcome]');
  section.className = `card outcome ${kind}`;
  section.dataset.state = reason || kind;
  fill($('[data-outcome-heading]'), heading);
  fill($('[data-outcome-text]'), text);
  fill($('[data-outcome-actions]'), actions);
  show(section);
  focus(section);
}

function actionButton(label, action) {
  return h('button', { type: 'button', onclick: action }, label);
}
