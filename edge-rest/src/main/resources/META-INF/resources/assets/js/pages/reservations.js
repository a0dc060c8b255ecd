import '../layout.js';
import { api, withQuery } from '../api.js';
import { hotelName, roomTypeName } from '../catalog.js';
import { $, busy, clearStatus, h, problemStatus, show, status } from '../dom.js';
import { money } from '../format.js';
import { badge, stayText } from '../reservation-view.js';
import { currentSession, goToSignIn } from '../session.js';

const list = $('[data-reservations]');
const more = $('[data-more]');
let pageToken = '';

if (!currentSession()) goToSignIn();
else loadPage();

more.addEventListener('click', () => busy(more, loadPage));

async function loadPage() {
  if (!pageToken) status('loading', 'Loading your reservations…');
  let page;
  try {
    page = await api.get(withQuery('/v1/reservations', { pageSize: 20, pageToken }));
  } catch (problem) {
    problemStatus(problem);
    return;
  }
  clearStatus();
  if (!pageToken && page.reservations.length === 0) {
    status('', 'You have no reservations yet. ', h('a', { href: '/' }, 'Find a hotel'), '.');
  }
  const items = await Promise.all(page.reservations.map(card));
  list.append(...items);
  pageToken = page.nextPageToken || '';
  show(more, !!pageToken);
}

async function card(r) {
  const [hotel, room] = await Promise.all([hotelName(r.hotelID), roomTypeName(r.hotelID, r.roomTypeID)]);
  return h('li', { 'data-reservation-id': r.reservationID },
    h('h2', {}, h('a', { href: `/reservations/${encodeURIComponent(r.reservationID)}` }, hotel)),
    h('p', {}, badge(r.status)),
    h('p', {}, `${room} · ${stayText(r)} · ${r.rooms} room${r.rooms === 1 ? '' : 's'}`),
    h('p', { class: 'price' }, money(r.amount)));
}
