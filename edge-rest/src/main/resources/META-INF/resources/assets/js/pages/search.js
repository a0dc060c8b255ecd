import '../layout.js';
import { api, withQuery } from '../api.js';
import { $, busy, clearStatus, fill, formError, h, problemStatus, show, status } from '../dom.js';
import { money, nights, nightsText, stars, sum } from '../format.js';
import { fillStayForm, readStayForm, stayFromUrl, stayProblem, stayQuery } from '../stay.js';

const form = $('[data-search-form]');
const results = $('[data-results]');
const heading = $('[data-results-heading]');
let knownCities = [];

fillStayForm(form, stayFromUrl());
form.elements.city.value = new URLSearchParams(location.search).get('city') || '';
loadCities();
if (form.elements.city.value) search();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const stay = readStayForm(form);
  const city = form.elements.city.value.trim();
  const problem = !city ? 'Enter a city.' : stayProblem(stay.start, stay.end);
  formError(form, problem);
  if (problem) return;
  history.replaceState(null, '', `/?city=${encodeURIComponent(city)}&${stayQuery(stay)}`);
  busy(form.querySelector('button[type=submit]'), search);
});

async function loadCities() {
  try {
    const page = await api.get('/v1/hotels?pageSize=200', { anonymous: true });
    knownCities = [...new Set(page.hotels.map((hotel) => hotel.city))].sort();
    fill($('#cities'), knownCities.map((city) => h('option', { value: city })));
  } catch {
    knownCities = [];
  }
}

async function search() {
  const city = form.elements.city.value.trim();
  const stay = readStayForm(form);
  fill(results);
  show(heading, false);
  status('loading', `Looking for hotels in ${city}…`);
  let hotels;
  try {
    hotels = (await api.get(withQuery('/v1/hotels', { city, pageSize: 50 }), { anonymous: true })).hotels;
  } catch (problem) {
    problemStatus(problem);
    return;
  }
  if (hotels.length === 0) {
    status('', `No StayGrid hotel in ${city} yet.`, knownCities.length ? ` We have hotels in ${knownCities.join(', ')}.` : '');
    return;
  }
  clearStatus();
  fill(heading, `Hotels in ${hotels[0].city}, ${nightsText(nights(stay.start, stay.end))}`);
  show(heading);
  fill(results, hotels.map((hotel) => hotelCard(hotel, stay)));
}

function hotelCard(hotel, stay) {
  const availability = h('p', { class: 'muted' }, 'Checking availability…');
  const link = `/hotels/${hotel.hotelID}?${stayQuery(stay)}`;
  const card = h('li', { 'data-hotel-id': hotel.hotelID },
    h('h3', {}, h('a', { href: link }, hotel.name)),
    h('p', { class: 'stars', 'aria-label': `${hotel.starRating} stars` }, stars(hotel.starRating)),
    h('p', {}, [...(hotel.addressLines || []), hotel.city].join(', ')),
    availability);
  showAvailability(hotel, stay, availability);
  return card;
}

async function showAvailability(hotel, stay, element) {
  try {
    const available = await api.get(withQuery(`/v1/hotels/${hotel.hotelID}/availability`,
      { startDate: stay.start, endDate: stay.end, rooms: stay.rooms }), { anonymous: true });
    const totals = available.roomTypes.filter((type) => type.bookable)
      .map((type) => sum(type.nights.map((night) => night.price), hotel.currencyCode));
    if (totals.length === 0) {
      fill(element, h('strong', {}, 'Sold out for these dates'));
      return;
    }
    const cheapest = totals.reduce((a, b) => (Number(a.amount) <= Number(b.amount) ? a : b));
    fill(element, `${totals.length} room type${totals.length === 1 ? '' : 's'} available · from `,
      h('span', { class: 'price' }, money(cheapest)), ` for ${nightsText(nights(stay.start, stay.end))}, per room`);
    element.className = '';
  } catch {
    fill(element, 'Availability could not be checked right now.');
  }
}
