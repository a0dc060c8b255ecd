// How a reservation reads on the guest pages and in the staff panel.
import { h } from './dom.js';
import { formatDay, formatTime, money, nights, nightsText } from './format.js';
import { rejection, STATUS_LABELS } from './messages.js';

export function badge(status) {
  return h('span', { class: `badge ${status}`, 'data-reservation-status': status }, STATUS_LABELS[status] || status);
}

export function stayText(r) {
  return `${formatDay(r.startDate)} → ${formatDay(r.endDate)} · ${nightsText(nights(r.startDate, r.endDate))}`;
}

/** Term/value pairs for a <dl class="facts">. */
export function facts(r, hotelName, roomTypeName) {
  const rows = [
    ['Hotel', hotelName], ['Room', roomTypeName], ['Check-in', formatDay(r.startDate)], ['Check-out', formatDay(r.endDate)],
    ['Nights', String(nights(r.startDate, r.endDate))], ['Rooms', String(r.rooms)], ['Guests', String(r.guests)],
    ['Amount', money(r.amount)],
  ];
  if (r.refundedAmount) rows.push(['Refunded', money(r.refundedAmount)]);
  if (r.status === 'REJECTED') rows.push(['Why', rejection(r.rejectionReason)]);
  rows.push(['Reservation number', r.reservationID]);
  return rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]);
}

const EVENT_TEXT = {
  PENDING: 'Booking received, taking the payment',
  PAID: 'Paid: booking confirmed',
  REJECTED: 'Not booked',
  CANCELED: 'Canceled, nothing was charged',
  REFUNDED: 'Canceled and refunded',
};

const ACTORS = { GUEST: 'by the guest', STAFF: 'by hotel staff', SYSTEM: 'by StayGrid' };

export function timelineItem(event) {
  const what = EVENT_TEXT[event.toStatus] || event.toStatus;
  const who = event.actor ? ACTORS[event.actor.kind] || '' : '';
  const why = event.toStatus === 'REJECTED' && event.reason ? rejection(event.reason.replace(/^REJECTION_REASON_/, ''))
    : event.reason && !/^[A-Z_]+$/.test(event.reason) ? event.reason : '';
  return h('li', { 'data-event-status': event.toStatus },
    h('strong', {}, what), who ? ` ${who}` : '', why ? `: ${why}` : '',
    h('time', { datetime: event.eventTime }, formatTime(event.eventTime)));
}

export function refundText(r) {
  if (r.status === 'REFUNDED') {
    const full = r.refundedAmount && r.refundedAmount.amount === r.amount.amount;
    return `${money(r.refundedAmount)} of ${money(r.amount)} goes back to the card${full ? ' (a full refund)' : ', the rest is kept under the cancellation policy'}.`;
  }
  if (r.status === 'CANCELED') return 'Nothing was charged, so there is nothing to refund.';
  return '';
}
