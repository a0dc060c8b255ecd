import '../layout.js';
import { all, api } from '../api.js';
import { newKey, staffSession } from '../admin.js';
import { $, busy, clearStatus, fill, formError, h, problemStatus, show, status } from '../dom.js';
import { stars } from '../format.js';
import { isAdmin } from '../session.js';

const session = staffSession();
if (session) load();

async function load() {
  status('loading', 'Loading your hotels…');
  let hotels;
  try {
    hotels = isAdmin(session) ? await all('/v1/hotels', {}, 'hotels') : await mine();
  } catch (problem) {
    problemStatus(problem);
    return;
  }
  clearStatus();
  if (hotels.length === 0) status('', isAdmin(session) ? 'There are no hotels yet.' : 'Your account manages no hotel.');
  fill($('[data-hotels]'), hotels.map(card));
  show($('[data-create-section]'), isAdmin(session));
}

/** Staff: the hotels of their token (a hotel that no longer exists is left out; any other failure is shown). */
async function mine() {
  const answers = await Promise.allSettled(session.hotels.map((id) => api.get(`/v1/hotels/${id}`)));
  const failed = answers.find((answer) => answer.status === 'rejected' && answer.reason.status !== 404);
  if (failed) throw failed.reason;
  return answers.filter((answer) => answer.status === 'fulfilled').map((answer) => answer.value);
}

function card(hotel) {
  const base = `/admin/hotels/${hotel.hotelID}`;
  return h('li', { 'data-hotel-id': hotel.hotelID },
    h('h2', {}, h('a', { href: base }, hotel.name)),
    h('p', { class: 'stars', 'aria-label': `${hotel.starRating} stars` }, stars(hotel.starRating)),
    h('p', {}, `${hotel.city}, ${hotel.countryCode} · ${hotel.currencyCode} · ${hotel.timeZone}`),
    h('p', { class: 'actions' },
      h('a', { href: `${base}/inventory` }, 'Inventory'), h('a', { href: `${base}/rates` }, 'Rates'),
      h('a', { href: `${base}/arrivals` }, 'Arrivals'), h('a', { href: `${base}/book` }, 'Book for a guest')));
}

const form = $('[data-create-form]');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const f = form.elements;
  const missing = ['name', 'address', 'city', 'countryCode', 'timeZone', 'currencyCode'].filter((name) => !f[name].value.trim());
  formError(form, missing.length ? 'Fill in every required field.' : null);
  if (missing.length) return;
  const body = {
    name: f.name.value.trim(), addressLines: [f.address.value.trim()], city: f.city.value.trim(),
    postalCode: f.postalCode.value.trim(), countryCode: f.countryCode.value.trim().toUpperCase(),
    timeZone: f.timeZone.value.trim(), currencyCode: f.currencyCode.value.trim().toUpperCase(),
    starRating: Number(f.starRating.value), description: f.description.value.trim(),
  };
  busy(form.querySelector('button'), async () => {
    try {
      const { body: created } = await api.post('/v1/hotels', body, { idempotencyKey: newKey() });
      location.assign(`/admin/hotels/${created.hotelID}`);
    } catch (problem) {
      formError(form, null);
      problemStatus(problem);
    }
  });
});
