import '../layout.js';
import { api, withQuery } from '../api.js';
import { hotel as loadHotel, roomTypesOf } from '../catalog.js';
import { $, announce, clearStatus, fill, formError, h, problemStatus, show, status } from '../dom.js';
import {
  addDays, addMonths, bedsText, formatDay, formatMonth, isDay, money, nights, nightsText, sum, todayIn, weekday, words,
} from '../format.js';
import { fillStayForm, readStayForm, stayFromUrl, stayProblem } from '../stay.js';

const page = $('[data-page]');
const hotelId = Number(page.dataset.hotelId);
const roomTypeId = Number(page.dataset.roomTypeId);
const form = $('[data-stay-form]');
const HORIZON_DAYS = 730;
const AVAILABILITY_CHUNK = 30;
let hotel;
let today;
let month;
let days = new Map();

load();

async function load() {
  status('loading', 'Loading the room…');
  let type;
  try {
    const [found, types] = await Promise.all([loadHotel(hotelId), roomTypesOf(hotelId)]);
    hotel = found;
    type = types.find((entry) => entry.roomTypeID === roomTypeId);
  } catch (problem) {
    problemStatus(problem, 'this room');
    return;
  }
  if (!type) {
    status('error', 'We could not find this room.');
    return;
  }
  clearStatus();
  today = todayIn(hotel.timeZone);
  document.title = `${type.name}, ${hotel.name} · StayGrid`;
  fill($('[data-hotel-link]'), hotel.name);
  fill($('[data-room-crumb]'), type.name);
  fill($('[data-room-name]'), `${type.name} · ${hotel.name}`);
  fill($('[data-room-facts]'), `${type.description || ''} Sleeps ${type.maxOccupancy} · ${bedsText(type.bedConfiguration)}`);
  fill($('[data-amenities]'), (type.amenities || []).map((amenity) => h('li', {}, words(amenity))));
  const stay = stayFromUrl({ start: addDays(today, 14) });
  fillStayForm(form, stay);
  const asked = new URLSearchParams(location.search).get('month');
  month = /^\d{4}-\d{2}$/.test(asked || '') ? asked : stay.start.slice(0, 7);
  if (month < today.slice(0, 7)) month = today.slice(0, 7);
  show($('[data-room]'));
  await showMonth();
}

$('[data-prev-month]').addEventListener('click', () => changeMonth(addMonths(month, -1)));
$('[data-next-month]').addEventListener('click', () => changeMonth(addMonths(month, 1)));
$('[data-month-input]').addEventListener('change', (event) => {
  if (/^\d{4}-\d{2}$/.test(event.target.value)) changeMonth(event.target.value);
});
form.addEventListener('input', () => { markStay(); summarize(); });

function changeMonth(next) {
  const last = addDays(today, HORIZON_DAYS).slice(0, 7);
  month = next < today.slice(0, 7) ? today.slice(0, 7) : next > last ? last : next;
  const url = new URL(location.href);
  url.searchParams.set('month', month);
  history.replaceState(null, '', url);
  showMonth();
}

async function showMonth() {
  const first = `${month}-01`;
  const end = `${addMonths(month, 1)}-01`;
  const horizon = addDays(today, HORIZON_DAYS);
  const from = first < today ? today : first;
  const to = end > horizon ? horizon : end;
  fill($('[data-month-title]'), formatMonth(month));
  $('[data-month-input]').value = month;
  $('[data-prev-month]').disabled = month <= today.slice(0, 7);
  $('[data-next-month]').disabled = month >= horizon.slice(0, 7);
  days = new Map();
  drawGrid(first, end);
  if (from >= to) return;
  status('loading', `Loading prices for ${formatMonth(month)}…`);
  try {
    const [rates, rooms] = await Promise.all([rateDays(from, to), availableRooms(from, to)]);
    for (const day of rates) days.set(day.date, { ...day, availableRooms: rooms.get(day.date) });
  } catch (problem) {
    problemStatus(problem);
    return;
  }
  clearStatus();
  drawGrid(first, end);
  announce(`Prices for ${formatMonth(month)} shown.`);
}

async function rateDays(from, to) {
  const calendar = await api.get(withQuery(`/v1/hotels/${hotelId}/rate-calendar`, { startDate: from, endDate: to, roomTypeID: roomTypeId }));
  const entry = calendar.roomTypes.find((type) => type.roomTypeID === roomTypeId);
  return entry ? entry.days : [];
}

/** Rooms left per night; availability answers at most 30 nights per call. */
async function availableRooms(from, to) {
  const ranges = [];
  for (let start = from; start < to; start = addDays(start, AVAILABILITY_CHUNK)) {
    const end = addDays(start, AVAILABILITY_CHUNK);
    ranges.push([start, end < to ? end : to]);
  }
  const answers = await Promise.all(ranges.map(([start, end]) => api.get(withQuery(`/v1/hotels/${hotelId}/availability`,
    { startDate: start, endDate: end, roomTypeID: roomTypeId }))));
  const rooms = new Map();
  for (const answer of answers) {
    for (const type of answer.roomTypes.filter((entry) => entry.roomTypeID === roomTypeId)) {
      for (const night of type.nights) rooms.set(night.date, night.availableRooms);
    }
  }
  return rooms;
}

function drawGrid(first, end) {
  const rows = [];
  let row = [];
  for (let i = 0; i < weekday(first); i++) row.push(h('td'));
  for (let day = first; day < end; day = addDays(day, 1)) {
    row.push(h('td', {}, dayCell(day)));
    if (row.length === 7) {
      rows.push(h('tr', {}, row));
      row = [];
    }
  }
  if (row.length) rows.push(h('tr', {}, row));
  fill($('[data-calendar-body]'), rows);
  fill($('[data-calendar-caption]'), `Availability and prices, ${formatMonth(month)}`);
  markStay();
}

function dayCell(day) {
  const number = h('span', { class: 'n' }, String(Number(day.slice(8))));
  const info = days.get(day);
  if (day < today || !info) {
    return h('span', { class: 'day past', 'data-date': day, 'aria-label': formatDay(day) }, number);
  }
  const soldOut = info.availableRooms !== undefined && info.availableRooms <= 0;
  const surge = info.multiplierBasisPoints && info.multiplierBasisPoints > 10000
    ? Math.round((info.multiplierBasisPoints - 10000) / 100) : 0;
  const price = info.nightlyPrice ? money(info.nightlyPrice) : 'no price';
  const left = soldOut ? 'Sold out' : info.availableRooms !== undefined ? `${info.availableRooms} left` : '';
  const label = [formatDay(day), price, left, surge ? `price up ${surge}% because the hotel is filling up` : ''].filter(Boolean).join(', ');
  return h('button', {
    type: 'button', class: `day${soldOut ? ' sold-out' : ''}`, 'data-date': day, 'aria-label': label, 'aria-pressed': 'false',
    onclick: () => pick(day),
  }, number, h('span', { class: 'p price' }, price), surge ? h('span', { class: 'surge' }, `+${surge}%`) : null,
  h('span', { class: 'left' }, left));
}

/** First click: check-in; second click on a later day: check-out. */
function pick(day) {
  const stay = readStayForm(form);
  if (pickingCheckOut && day > stay.start) {
    form.elements.endDate.value = day;
    pickingCheckOut = false;
  } else {
    form.elements.startDate.value = day;
    form.elements.endDate.value = '';
    pickingCheckOut = true;
  }
  markStay();
  summarize();
  const end = form.elements.endDate.value;
  announce(end ? `Check-out ${formatDay(end)}.` : `Check-in ${formatDay(day)}. Now pick the check-out day.`);
}
let pickingCheckOut = false;

function markStay() {
  const { start, end } = readStayForm(form);
  for (const cell of document.querySelectorAll('.calendar button.day')) {
    const day = cell.dataset.date;
    cell.setAttribute('aria-pressed', String(day === start || day === end));
    cell.classList.toggle('in-stay', isDay(start) && isDay(end) && day > start && day < end);
  }
}

function summarize() {
  const { start, end, rooms } = readStayForm(form);
  const element = $('[data-stay-summary]');
  if (!isDay(start) || !isDay(end) || end <= start) {
    fill(element);
    return;
  }
  const stayNights = [];
  for (let day = start; day < end; day = addDays(day, 1)) stayNights.push(days.get(day));
  if (stayNights.some((night) => !night || !night.nightlyPrice)) {
    fill(element, nightsText(nights(start, end)));
    return;
  }
  const soldOut = stayNights.filter((night) => night.availableRooms !== undefined && night.availableRooms < rooms);
  fill(element, `${nightsText(nights(start, end))}: `, h('span', { class: 'price' }, money(sum(stayNights.map((n) => n.nightlyPrice), hotel.currencyCode))),
    ' per room today', soldOut.length ? h('strong', {}, ` · sold out on ${soldOut.map((n) => formatDay(n.date)).join(', ')}`) : '');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const stay = readStayForm(form);
  const problem = stayProblem(stay.start, stay.end, today);
  formError(form, problem);
  if (problem) return;
  const query = new URLSearchParams({ hotelID: hotelId, roomTypeID: roomTypeId, startDate: stay.start, endDate: stay.end, rooms: stay.rooms });
  location.assign(`/book?${query}`);
});
