import '../layout.js';
import { all, api, withQuery } from '../api.js';
import { managedHotel, newKey, options } from '../admin.js';
import { $, busy, clearStatus, fill, formError, h, problemStatus, show, status } from '../dom.js';
import { bedsText, formatDay, todayIn, words } from '../format.js';
import { readRoomType, roomTypeFields } from '../room-type-form.js';
import { isAdmin } from '../session.js';

const context = await managedHotel();
let roomTypes = [];
let rooms = [];

if (context) {
  fillHotelForm(context.hotel);
  show($('[data-force-hotel-label]'), isAdmin(context.session));
  fill($('[data-room-type-form]'), roomTypeFields(null));
  await refresh();
  show($('[data-content]'));
}

async function refresh() {
  const base = `/v1/hotels/${context.hotelId}`;
  try {
    [roomTypes, rooms] = await Promise.all([all(`${base}/room-types`, {}, 'roomTypes'), all(`${base}/rooms`, {}, 'rooms')]);
  } catch (problem) {
    problemStatus(problem);
    return;
  }
  fill($('[data-room-types]'), roomTypes.length ? roomTypes.map(roomTypeRow) : h('li', {}, 'No room types yet.'));
  options($('[data-room-type-options]'), roomTypes.map((t) => [t.roomTypeID, t.name]));
  fill($('[data-rooms]'), rooms.map(roomRow));
  options($('[data-room-options]'), rooms.map((r) => [r.roomID, `Room ${r.number}`]));
  try {
    await refreshOutages();
  } catch (problem) {
    problemStatus(problem);
  }
}

function fillHotelForm(hotel) {
  const f = $('[data-hotel-form]').elements;
  f.name.value = hotel.name;
  f.address.value = (hotel.addressLines || []).join(', ');
  f.city.value = hotel.city;
  f.postalCode.value = hotel.postalCode || '';
  f.starRating.value = String(hotel.starRating || 3);
  f.description.value = hotel.description || '';
  fill($('[data-fixed-fields]'), `Fixed since the hotel was created: country ${hotel.countryCode}, time zone ${hotel.timeZone}, currency ${hotel.currencyCode}.`);
}

$('[data-hotel-form]').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  const f = form.elements;
  const problem = !f.name.value.trim() || !f.city.value.trim() ? 'A hotel needs a name and a city.' : null;
  formError(form, problem);
  if (problem) return;
  const body = {
    name: f.name.value.trim(), addressLines: f.address.value.trim() ? [f.address.value.trim()] : [], city: f.city.value.trim(),
    postalCode: f.postalCode.value.trim(), starRating: Number(f.starRating.value), description: f.description.value.trim(),
  };
  busy(form.querySelector('button'), () => save(() => api.put(`/v1/hotels/${context.hotelId}`, body), 'The hotel is saved.'));
});

$('[data-delete-hotel]').addEventListener('click', (event) => {
  const force = $('[data-force-hotel]').checked && isAdmin(context.session);
  if (!confirm(`Delete ${context.hotel.name}${force ? ' with all its room types and rooms' : ''}? This cannot be undone.`)) return;
  busy(event.target, async () => {
    try {
      await api.del(withQuery(`/v1/hotels/${context.hotelId}`, { force: force || undefined }));
      location.assign('/admin');
    } catch (problem) {
      problemStatus(problem);
    }
  });
});

function roomTypeRow(type) {
  const form = h('form', { novalidate: true }, roomTypeFields(type));
  form.addEventListener('submit', (event) => submitRoomType(event, type));
  return h('li', { 'data-room-type-id': type.roomTypeID },
    h('div', { class: 'grow' }, h('strong', {}, type.name), h('br'),
      h('span', { class: 'muted' }, `Sleeps ${type.maxOccupancy} · ${bedsText(type.bedConfiguration)} · ${(type.amenities || []).map(words).join(', ')}`)),
    h('details', {}, h('summary', {}, `Edit ${type.name}`), form),
    h('button', { type: 'button', class: 'danger', onclick: (event) => deleteRoomType(event, type) }, `Delete ${type.name}`));
}

$('[data-room-type-form]').addEventListener('submit', (event) => submitRoomType(event, null));

function submitRoomType(event, type) {
  event.preventDefault();
  const form = event.target;
  const body = readRoomType(form);
  const problem = !body.name ? 'A room type needs a name.' : !(body.maxOccupancy >= 1) ? 'It sleeps at least one guest.'
    : body.bedConfiguration.length === 0 ? 'Add at least one bed.' : null;
  formError(form, problem);
  if (problem) return;
  const base = `/v1/hotels/${context.hotelId}/room-types`;
  busy(form.querySelector('button[type=submit]'), () => save(
    () => (type ? api.put(`${base}/${type.roomTypeID}`, body) : api.post(base, body, { idempotencyKey: newKey() })),
    type ? `${body.name} is saved.` : `${body.name} is added.`));
}

function deleteRoomType(event, type) {
  if (!confirm(`Delete the room type ${type.name}?`)) return;
  busy(event.target, () => save(() => api.del(`/v1/hotels/${context.hotelId}/room-types/${type.roomTypeID}`), `${type.name} is deleted.`));
}

function roomRow(room) {
  const typeSelect = h('select', { 'aria-label': `Room type of room ${room.number}` });
  options(typeSelect, roomTypes.map((t) => [t.roomTypeID, t.name]), room.roomTypeID);
  const statusSelect = h('select', { 'aria-label': `Status of room ${room.number}` });
  options(statusSelect, [['IN_SERVICE', 'In service'], ['OUT_OF_SERVICE', 'Out of service']], room.status);
  const floor = h('input', { type: 'number', value: room.floor, 'aria-label': `Floor of room ${room.number}`, class: 'narrow' });
  const body = () => ({ number: room.number, floor: Number(floor.value), roomTypeID: Number(typeSelect.value), status: statusSelect.value });
  return h('tr', { 'data-room-id': room.roomID },
    h('th', { scope: 'row' }, room.number), h('td', {}, floor), h('td', {}, typeSelect), h('td', {}, statusSelect),
    h('td', { class: 'actions' },
      h('button', { type: 'button', onclick: (e) => busy(e.target, () => saveRoom(room, body())) }, 'Save'),
      h('button', { type: 'button', class: 'danger', onclick: (e) => deleteRoom(e, room) }, 'Delete')));
}

/** A change that leaves fewer rooms than are sold is refused; staff may confirm it (force). */
async function withForce(action, what) {
  try {
    return await action(false);
  } catch (problem) {
    if (problem.reason !== 'CAPACITY_BELOW_RESERVED' || !confirm(`${what} leaves fewer rooms than are already sold on some nights. Do it anyway?`)) throw problem;
    return action(true);
  }
}

function saveRoom(room, body) {
  const path = `/v1/hotels/${context.hotelId}/rooms/${room.roomID}`;
  return save(() => withForce((force) => api.put(withQuery(path, { force: force || undefined }), body), `Changing room ${room.number}`),
    `Room ${room.number} is saved.`);
}

function deleteRoom(event, room) {
  if (!confirm(`Delete room ${room.number}?`)) return;
  const path = `/v1/hotels/${context.hotelId}/rooms/${room.roomID}`;
  busy(event.target, () => save(() => withForce((force) => api.del(withQuery(path, { force: force || undefined })), `Deleting room ${room.number}`),
    `Room ${room.number} is deleted.`));
}

$('[data-room-form]').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  const f = form.elements;
  const body = { number: f.number.value.trim(), floor: Number(f.floor.value), roomTypeID: Number(f.roomTypeID.value) };
  const problem = !body.number ? 'A room needs a number.' : !body.roomTypeID ? 'Add a room type first.' : null;
  formError(form, problem);
  if (problem) return;
  busy(form.querySelector('button'), () => save(() => api.post(`/v1/hotels/${context.hotelId}/rooms`, body, { idempotencyKey: newKey() }),
    `Room ${body.number} is added.`).then(() => form.reset()));
});

async function refreshOutages() {
  const today = todayIn(context.hotel.timeZone);
  // The list filter takes both ends or none: ask for all and keep those not over yet.
  const outages = (await all(`/v1/hotels/${context.hotelId}/outages`, {}, 'outages')).filter((o) => o.endDate > today);
  const number = (roomId) => (rooms.find((r) => r.roomID === roomId) || { number: roomId }).number;
  fill($('[data-outages]'), outages.length ? outages.map((o) => h('li', { 'data-outage-id': o.outageID },
    h('span', { class: 'grow' }, `Room ${number(o.roomID)}: ${formatDay(o.startDate)} → ${formatDay(o.endDate)}${o.reason ? ` (${o.reason})` : ''}`),
    h('button', { type: 'button', onclick: (e) => busy(e.target, () => save(
      () => api.del(`/v1/hotels/${context.hotelId}/rooms/${o.roomID}/outages/${o.outageID}`), 'The room is back in service on those dates.')) },
    'Back in service'))) : h('li', {}, 'Every room is in service from today.'));
}

$('[data-outage-form]').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  const f = form.elements;
  const body = { startDate: f.startDate.value, endDate: f.endDate.value, reason: f.reason.value.trim() };
  const problem = !f.roomID.value ? 'Choose a room.' : !body.startDate || !body.endDate || body.endDate <= body.startDate
    ? 'Choose the first day out of service and the day it is back.' : null;
  formError(form, problem);
  if (problem) return;
  busy(form.querySelector('button'), () => save(
    () => withForce((force) => api.post(withQuery(`/v1/hotels/${context.hotelId}/rooms/${f.roomID.value}/outages`, { force: force || undefined }), body),
      'Taking this room out of service'),
    'The room is out of service on those dates.'));
});

async function save(action, done) {
  try {
    await action();
  } catch (problem) {
    problemStatus(problem);
    return;
  }
  clearStatus();
  status('ok', done);
  await refresh();
}
