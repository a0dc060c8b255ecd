import '../layout.js';
import { api, withQuery } from '../api.js';
import { hotel as loadHotel, policyText, roomTypesOf } from '../catalog.js';
import { $, busy, clearStatus, fill, formError, h, problemStatus, show, status } from '../dom.js';
import { bedsText, money, nights, nightsText, stars, sum, todayIn, words } from '../format.js';
import { fillStayForm, readStayForm, stayFromUrl, stayProblem, stayQuery } from '../stay.js';

const hotelId = Number($('[data-page]').dataset.hotelId);
const form = $('[data-stay-form]');
let hotel;
let types = [];

load();

async function load() {
  status('loading', 'Loading the hotel…');
  try {
    [hotel, types] = await Promise.all([loadHotel(hotelId), roomTypesOf(hotelId)]);
  } catch (problem) {
    problemStatus(problem, 'this hotel');
    return;
  }
  clearStatus();
  document.title = `${hotel.name} · StayGrid`;
  fill($('[data-hotel-name]'), hotel.name);
  fill($('[data-hotel-crumb]'), hotel.name);
  fill($('[data-stars]'), stars(hotel.starRating));
  $('[data-stars]').setAttribute('aria-label', `${hotel.starRating} stars`);
  fill($('[data-address]'), [...(hotel.addressLines || []), hotel.postalCode, hotel.city].filter(Boolean).join(', '));
  fill($('[data-description]'), hotel.description || '');
  show($('[data-hotel]'));
  api.get(`/v1/hotels/${hotelId}/cancellation-policy`).then((policy) => fill($('[data-policy]'), policyText(policy)), () => {});
  fillStayForm(form, stayFromUrl());
  show(form);
  show($('[data-room-types-section]'));
  showRoomTypes();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const stay = readStayForm(form);
  const problem = stayProblem(stay.start, stay.end, todayIn(hotel.timeZone));
  formError(form, problem);
  if (problem) return;
  history.replaceState(null, '', `${location.pathname}?${stayQuery(stay)}`);
  busy(form.querySelector('button'), showRoomTypes);
});

async function showRoomTypes() {
  const stay = readStayForm(form);
  const list = $('[data-room-types]');
  if (types.length === 0) {
    fill(list, h('li', {}, 'This hotel has no rooms to offer yet.'));
    return;
  }
  let available = null;
  if (!stayProblem(stay.start, stay.end, todayIn(hotel.timeZone))) {
    try {
      available = await api.get(withQuery(`/v1/hotels/${hotelId}/availability`,
        { startDate: stay.start, endDate: stay.end, rooms: stay.rooms }));
    } catch (problem) {
      problemStatus(problem);
    }
  }
  fill(list, types.map((type) => roomTypeCard(type, stay, available)));
}

function roomTypeCard(type, stay, available) {
  const query = stayQuery(stay);
  const offer = available && available.roomTypes.find((entry) => entry.roomTypeID === type.roomTypeID);
  const calendar = `/hotels/${hotelId}/room-types/${type.roomTypeID}?${query}`;
  return h('li', { 'data-room-type-id': type.roomTypeID },
    h('h3', {}, h('a', { href: calendar }, type.name)),
    h('p', {}, type.description || ''),
    h('p', { class: 'muted' }, `Sleeps ${type.maxOccupancy} · ${bedsText(type.bedConfiguration)}`),
    h('ul', { class: 'tags', 'aria-label': 'Amenities' }, (type.amenities || []).map((amenity) => h('li', {}, words(amenity)))),
    offerText(offer, stay),
    h('p', { class: 'actions' },
      h('a', { href: calendar }, 'Prices by date'),
      offer && offer.bookable
        ? h('a', { class: 'button primary', href: `/book?hotelID=${hotelId}&roomTypeID=${type.roomTypeID}&${query}` }, 'Book')
        : null));
}

function offerText(offer, stay) {
  if (!offer) return h('p', { class: 'muted' }, 'Choose dates to see prices.');
  if (!offer.bookable) {
    const priced = offer.nights.every((night) => night.price);
    return h('p', { 'data-offer': 'unavailable' }, h('strong', {}, priced ? 'Sold out for these dates' : 'Not bookable online yet'));
  }
  const perRoom = sum(offer.nights.map((night) => night.price), hotel.currencyCode);
  const left = offer.availableRooms;
  return h('p', { 'data-offer': 'available' },
    h('span', { class: 'price' }, money(perRoom)), ` for ${nightsText(nights(stay.start, stay.end))}, per room · `,
    left <= 3 ? h('strong', {}, `only ${left} left`) : `${left} left`);
}
