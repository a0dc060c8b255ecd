import '../layout.js';
import { all, api } from '../api.js';
import { managedHotel, options } from '../admin.js';
import { $, busy, clearStatus, describeProblem, fill, focus, formError, h, problemStatus, show } from '../dom.js';
import { addDays, formatDay, formatTime, money, nights, nightsText, todayIn } from '../format.js';
import { rejection } from '../messages.js';
import { stayProblem } from '../stay.js';

const context = await managedHotel();
const form = $('[data-stay-form]');
let quote;
let request;

if (context) {
  try {
    const types = await all(`/v1/hotels/${context.hotelId}/room-types`, {}, 'roomTypes');
    options($('[data-room-type-options]'), types.map((t) => [t.roomTypeID, t.name]));
    const today = todayIn(context.hotel.timeZone);
    form.elements.startDate.value = today;
    form.elements.endDate.value = addDays(today, 1);
    show(form);
  } catch (problem) {
    problemStatus(problem);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const f = form.elements;
  request = {
    guestID: f.guestID.value.trim(), roomTypeID: Number(f.roomTypeID.value), startDate: f.startDate.value, endDate: f.endDate.value,
    rooms: Number(f.rooms.value), guests: Number(f.guests.value), paymentToken: f.card.value,
  };
  const problem = !request.guestID ? "Enter the guest's account id." : !request.roomTypeID ? 'Choose a room type.'
    : stayProblem(request.startDate, request.endDate, todayIn(context.hotel.timeZone))
      || (!(request.rooms >= 1 && request.rooms <= 10) ? 'Rooms: 1 to 10.' : !(request.guests >= 1) ? 'At least one guest.' : null);
  formError(form, problem);
  if (problem) return;
  busy(form.querySelector('button'), getQuote);
});

async function getQuote() {
  show($('[data-outcome]'), false);
  try {
    quote = (await api.post('/v1/quotes', {
      hotelID: context.hotelId, roomTypeID: request.roomTypeID, startDate: request.startDate, endDate: request.endDate, rooms: request.rooms,
    })).body;
  } catch (problem) {
    problemStatus(problem, 'a price');
    return;
  }
  clearStatus();
  fill($('[data-quote-text]'), `${nightsText(nights(request.startDate, request.endDate))} from ${formatDay(request.startDate)}, `
    + `${request.rooms} room(s): `, h('strong', {}, money(quote.total)), `. Price locked until ${formatTime(quote.quoteExpireTime)}.`);
  show($('[data-quote]'));
}

$('[data-book]').addEventListener('click', (event) => busy(event.target, async () => {
  const body = { ...request, reservationID: quote.reservationID, quoteID: quote.quoteID };
  let reservation;
  try {
    reservation = (await api.post(`/v1/hotels/${context.hotelId}/reservations`, body)).body;
  } catch (problem) {
    outcome('problem', 'Not booked', describeProblem(problem));
    return;
  }
  show($('[data-quote]'), false);
  if (reservation.status === 'PAID') {
    outcome('success', 'Booked', `Reservation ${reservation.reservationID} for ${reservation.guestID}: ${money(reservation.amount)} charged. `,
      h('a', { href: `/admin/hotels/${context.hotelId}/arrivals` }, 'See arrivals'));
  } else if (reservation.status === 'PENDING') {
    outcome('waiting', 'Payment being checked', `Reservation ${reservation.reservationID} waits for the card processor; it shows in arrivals.`);
  } else {
    outcome('problem', 'Not booked', rejection(reservation.rejectionReason));
  }
}));

function outcome(kind, heading, ...text) {
  const section = $('[data-outcome]');
  section.className = `card outcome ${kind}`;
  section.dataset.state = kind;
  fill($('[data-outcome-heading]'), heading);
  fill($('[data-outcome-text]'), ...text);
  show(section);
  focus(section);
}
