import '../layout.js';
import { all, api, withQuery } from '../api.js';
import { managedHotel, newKey, options } from '../admin.js';
import { $, busy, clearStatus, fill, formError, h, problemStatus, show, status } from '../dom.js';
import { addDays, applyBasisPoints, formatDay, money, todayIn, words } from '../format.js';

const context = await managedHotel();
const tiersForm = $('[data-tiers-form]');
let roomTypes = [];
let baseRates = new Map();

if (context) {
  fill($('[data-currency]'), context.hotel.currencyCode);
  try {
    roomTypes = await all(`/v1/hotels/${context.hotelId}/room-types`, {}, 'roomTypes');
    await Promise.all([loadBaseRates(), loadRule(), loadOverrides(), loadCalendar()]);
  } catch (problem) {
    problemStatus(problem);
  }
  options($('[data-override-types]'), [['0', 'Every room type'], ...roomTypes.map((t) => [t.roomTypeID, t.name])]);
  show($('[data-content]'));
}

function base() {
  return `/v1/hotels/${context.hotelId}`;
}

async function loadBaseRates() {
  const rates = await all(`${base()}/base-rates`, {}, 'baseRates');
  baseRates = new Map(rates.map((rate) => [rate.roomTypeID, rate.nightlyRate]));
  fill($('[data-base-rates]'), roomTypes.map(baseRateRow));
  preview();
}

function baseRateRow(type) {
  const current = baseRates.get(type.roomTypeID);
  const id = `rate-${type.roomTypeID}`;
  const input = h('input', { id, name: 'amount', inputmode: 'decimal', value: current ? current.amount : '', placeholder: 'not set', required: true });
  const form = h('form', { class: 'inline-form', novalidate: true, 'data-room-type-id': type.roomTypeID },
    h('div', { class: 'field' }, h('label', { for: id }, `${type.name} (${context.hotel.currencyCode})`), input),
    h('button', { type: 'submit' }, `Save ${type.name}`),
    h('p', { class: 'field-error', 'data-form-error': true, hidden: true }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const amount = input.value.trim();
    const problem = /^\d+(\.\d+)?$/.test(amount) ? null : 'Enter an amount such as 129.50.';
    formError(form, problem);
    if (problem) return;
    busy(form.querySelector('button'), () => save(() => api.put(`${base()}/room-types/${type.roomTypeID}/base-rate`,
      { nightlyRate: { amount, currency: context.hotel.currencyCode } }), `The base rate of ${type.name} is now ${money({ amount, currency: context.hotel.currencyCode })}.`, form));
  });
  return h('li', {}, form);
}

async function loadRule() {
  const rule = await api.get(`${base()}/pricing-rule`);
  fill($('[data-rule-source]'), rule.isDefault ? 'These are the defaults.' : 'This hotel has its own tiers.');
  fill($('[data-tiers]'), rule.tiers.map(tierRow));
  preview();
}

function tierRow(tier = { minOccupancyBasisPoints: 0, multiplierBasisPoints: 10000 }) {
  const index = document.querySelectorAll('[data-tiers] tr').length + Math.random().toString(36).slice(2, 6);
  const from = h('input', { type: 'number', min: 0, step: '0.01', name: 'from', value: tier.minOccupancyBasisPoints / 100, 'aria-label': 'From occupancy, percent', id: `tf-${index}` });
  const times = h('input', { type: 'number', min: 0, step: '0.0001', name: 'times', value: tier.multiplierBasisPoints / 10000, 'aria-label': 'Multiplier', id: `tm-${index}` });
  const row = h('tr', {}, h('td', {}, from), h('td', {}, times),
    h('td', {}, h('button', { type: 'button', onclick: () => { row.remove(); preview(); } }, 'Remove')));
  return row;
}

function readTiers() {
  return [...document.querySelectorAll('[data-tiers] tr')].map((row) => ({
    minOccupancyBasisPoints: Math.round(Number(row.querySelector('[name=from]').value) * 100),
    multiplierBasisPoints: Math.round(Number(row.querySelector('[name=times]').value) * 10000),
  })).sort((a, b) => a.minOccupancyBasisPoints - b.minOccupancyBasisPoints);
}

$('[data-add-tier]').addEventListener('click', () => {
  $('[data-tiers]').append(tierRow({ minOccupancyBasisPoints: 9000, multiplierBasisPoints: 20000 }));
  preview();
});
tiersForm.addEventListener('input', preview);

/** What each room type would cost per night at each tier: the base rate times the multiplier, rounded like pricing-svc. */
function preview() {
  const tiers = readTiers();
  const priced = roomTypes.filter((type) => baseRates.has(type.roomTypeID));
  const table = $('[data-tier-preview]');
  const caption = table.querySelector('caption');
  fill(table, caption,
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Room type'),
      tiers.map((tier) => h('th', { scope: 'col', class: 'num' }, `from ${tier.minOccupancyBasisPoints / 100}% (×${tier.multiplierBasisPoints / 10000})`)))),
    h('tbody', {}, priced.length ? priced.map((type) => h('tr', {}, h('th', { scope: 'row' }, type.name),
      tiers.map((tier) => h('td', { class: 'num' }, money(applyBasisPoints(baseRates.get(type.roomTypeID), tier.multiplierBasisPoints))))))
      : h('tr', {}, h('td', { colspan: tiers.length + 1 }, 'Set base rates to see prices.'))));
}

tiersForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const tiers = readTiers();
  const problem = tiers.some((t) => !(t.minOccupancyBasisPoints >= 0) || !(t.multiplierBasisPoints > 0)) ? 'Each tier needs an occupancy and a multiplier above zero.'
    : tiers.length && tiers[0].minOccupancyBasisPoints !== 0 ? 'The first tier starts at 0% occupancy.' : null;
  formError(tiersForm, problem);
  if (!problem) busy(tiersForm.querySelector('button[type=submit]'), () => save(() => api.put(`${base()}/pricing-rule`, { tiers }), 'Demand pricing is saved.', tiersForm));
});

$('[data-reset-tiers]').addEventListener('click', (event) => busy(event.target,
  () => save(() => api.put(`${base()}/pricing-rule`, { tiers: [] }), 'Demand pricing is back to the defaults.', tiersForm)));

async function loadOverrides() {
  const today = todayIn(context.hotel.timeZone);
  const overrides = await all(`${base()}/rate-overrides`, { startDate: today }, 'rateOverrides');
  const typeName = (id) => (id ? (roomTypes.find((t) => t.roomTypeID === id) || { name: `Room type ${id}` }).name : 'every room type');
  fill($('[data-overrides]'), overrides.length ? overrides.map((o) => h('li', { 'data-override-id': o.rateOverrideID },
    h('span', { class: 'grow' }, h('strong', {}, o.name), ` · ${typeName(o.roomTypeID)} · ${formatDay(o.startDate)} → ${formatDay(o.endDate)}`,
      o.daysOfWeek && o.daysOfWeek.length ? ` · ${o.daysOfWeek.map((d) => words(d).slice(0, 3)).join(' ')}` : '', ' · ',
      h('span', { class: 'price' }, money(o.nightlyRate))),
    h('button', { type: 'button', class: 'danger', onclick: (e) => busy(e.target, () => save(
      () => api.del(`${base()}/rate-overrides/${encodeURIComponent(o.rateOverrideID)}`), `${o.name} is deleted.`)) }, `Delete ${o.name}`)))
    : h('li', {}, 'No overrides from today on.'));
}

$('[data-override-form]').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  const f = form.elements;
  const amount = f.nightlyRate.value.trim();
  const body = {
    roomTypeID: Number(f.roomTypeID.value), name: f.name.value.trim(), startDate: f.startDate.value, endDate: f.endDate.value,
    daysOfWeek: [...form.querySelectorAll('[name=day]:checked')].map((box) => box.value),
    nightlyRate: { amount, currency: context.hotel.currencyCode },
  };
  const problem = !body.name ? 'Name the override.' : !body.startDate || !body.endDate || body.endDate <= body.startDate ? 'Choose its first day and the day after its last.'
    : !/^\d+(\.\d+)?$/.test(amount) ? 'Enter a nightly rate such as 129.50.' : null;
  formError(form, problem);
  if (!problem) busy(form.querySelector('button'), () => save(() => api.post(`${base()}/rate-overrides`, body, { idempotencyKey: newKey() }), `${body.name} is added.`, form));
});

async function loadCalendar() {
  const today = todayIn(context.hotel.timeZone);
  const calendar = await api.get(withQuery(`${base()}/rate-calendar`, { startDate: today, endDate: addDays(today, 14) }));
  const dates = [];
  for (let day = today; day < addDays(today, 14); day = addDays(day, 1)) dates.push(day);
  const table = $('[data-price-calendar]');
  fill(table, table.querySelector('caption'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Room type'), dates.map((d) => h('th', { scope: 'col', class: 'num' }, formatDay(d, { weekday: 'short', day: 'numeric' }))))),
    h('tbody', {}, calendar.roomTypes.map((entry) => {
      const days = new Map(entry.days.map((day) => [day.date, day]));
      const type = roomTypes.find((t) => t.roomTypeID === entry.roomTypeID) || { name: `Room type ${entry.roomTypeID}` };
      return h('tr', { 'data-room-type-id': entry.roomTypeID }, h('th', { scope: 'row' }, type.name), dates.map((d) => {
        const day = days.get(d);
        const surge = day && day.multiplierBasisPoints > 10000 ? ` ×${day.multiplierBasisPoints / 10000}` : '';
        return h('td', { class: 'num', 'data-date': d }, day && day.nightlyPrice ? money(day.nightlyPrice) : '—',
          surge ? h('span', { class: 'surge' }, surge) : null, day && day.rateOverrideID ? h('span', { class: 'muted' }, ' override') : null);
      }));
    })));
}

async function save(action, done, form) {
  try {
    await action();
  } catch (problem) {
    if (form) formError(form, null);
    problemStatus(problem);
    return;
  }
  clearStatus();
  status('ok', done);
  await Promise.all([loadBaseRates(), loadRule(), loadOverrides(), loadCalendar()]).catch(problemStatus);
}
