import '../layout.js';
import { api, withQuery } from '../api.js';
import { managedHotel } from '../admin.js';
import { roomTypeName } from '../catalog.js';
import { $, busy, clearStatus, fill, h, problemStatus, show, status } from '../dom.js';
import { formatDay, money, nights, todayIn } from '../format.js';
import { badge, refundText } from '../reservation-view.js';

const context = await managedHotel();
const filter = $('[data-filter-form]');
const more = $('[data-more]');
let pageToken = '';

if (context) {
  filter.elements.from.value = todayIn(context.hotel.timeZone);
  await load(true);
}

filter.addEventListener('submit', (event) => {
  event.preventDefault();
  if (context) busy(filter.querySelector('button'), () => load(true));
});
more.addEventListener('click', () => busy(more, () => load(false)));

async function load(fresh) {
  if (fresh) {
    pageToken = '';
    fill($('[data-arrivals]'));
  }
  status('loading', 'Loading arrivals…');
  let page;
  try {
    page = await api.get(withQuery(`/v1/hotels/${context.hotelId}/reservations`, {
      arrivalStartDate: filter.elements.from.value, status: filter.elements.status.value, pageSize: 50, pageToken,
    }));
  } catch (problem) {
    problemStatus(problem);
    return;
  }
  clearStatus();
  const rows = await Promise.all(page.reservations.map(row));
  $('[data-arrivals]').append(...rows);
  show($('[data-arrivals-table]'), $('[data-arrivals]').children.length > 0);
  if ($('[data-arrivals]').children.length === 0) status('', 'No reservations arriving from that day.');
  pageToken = page.nextPageToken || '';
  show(more, !!pageToken);
}

async function row(r) {
  const statusCell = h('td', {}, badge(r.status), r.needsAttention ? h('strong', {}, ' needs attention') : null);
  const amountCell = h('td', { class: 'num' }, money(r.amount));
  const cancelable = r.status === 'PAID' || r.status === 'PENDING';
  const actions = h('td', {}, cancelable ? h('button', { type: 'button', class: 'danger', onclick: (e) => cancel(e, r, statusCell, actions) },
    'Cancel') : null);
  return h('tr', { 'data-reservation-id': r.reservationID, 'data-guest-id': r.guestID },
    h('td', {}, formatDay(r.startDate)), h('td', {}, String(nights(r.startDate, r.endDate))), h('td', {}, r.guestID),
    h('td', {}, await roomTypeName(context.hotelId, r.roomTypeID)), h('td', {}, String(r.rooms)), statusCell, amountCell, actions);
}

function cancel(event, r, statusCell, actions) {
  if (!confirm(`Cancel the reservation of ${r.guestID} arriving ${formatDay(r.startDate)}? The hotel's cancellation policy decides the refund.`)) return;
  busy(event.target, async () => {
    try {
      const canceled = await api.del(`/v1/hotels/${context.hotelId}/reservations/${encodeURIComponent(r.reservationID)}`);
      fill(statusCell, badge(canceled.status));
      fill(actions, h('span', { 'data-refund': true }, refundText(canceled)));
      status('ok', `Canceled. ${refundText(canceled)}`);
    } catch (problem) {
      problemStatus(problem);
    }
  });
}
