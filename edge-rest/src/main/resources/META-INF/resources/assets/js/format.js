// Dates are ISO days (yyyy-mm-dd, calendar days without a time zone); money is {amount: "129.50", currency}.
const LOCALE = 'en-GB';

export function money(m) {
  if (!m || m.amount === undefined) return '—';
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency: m.currency }).format(m.amount);
  } catch {
    return `${m.amount} ${m.currency}`;
  }
}

/** Digits after the decimal point of a currency (EUR 2, JPY 0). */
export function fractionDigits(currency) {
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return 2;
  }
}

/** A decimal string as an integer of minor units (exact: no floating point). */
export function toMinor(amount, digits) {
  const [whole, fraction = ''] = String(amount).trim().split('.');
  const negative = whole.startsWith('-');
  const units = BigInt((negative ? whole.slice(1) : whole) || '0') * 10n ** BigInt(digits)
      + BigInt((fraction + '0'.repeat(digits)).slice(0, digits) || '0');
  return negative ? -units : units;
}

export function fromMinor(units, digits) {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const result = digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return negative ? `-${result}` : result;
}

/** The exact sum of amounts of one currency, as money. */
export function sum(amounts, currency) {
  const digits = fractionDigits(currency);
  const total = amounts.reduce((acc, m) => acc + toMinor(m.amount, digits), 0n);
  return { amount: fromMinor(total, digits), currency };
}

/** amount x basis points / 10000, rounded half up like pricing-svc (a preview; the server prices). */
export function applyBasisPoints(m, basisPoints) {
  const digits = fractionDigits(m.currency);
  const exact = toMinor(m.amount, digits) * BigInt(basisPoints);
  const rounded = (exact + 5000n) / 10000n;
  return { amount: fromMinor(rounded, digits), currency: m.currency };
}

function utc(day) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function iso(date) {
  return date.toISOString().slice(0, 10);
}

export function addDays(day, days) {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

export function nights(start, end) {
  return Math.round((utc(end) - utc(start)) / 86_400_000);
}

export function isDay(value) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value || '') && iso(utc(value)) === value;
}

export function weekday(day) {
  return (utc(day).getUTCDay() + 6) % 7;
}

export function formatDay(day, options = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }) {
  return new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' }).format(utc(day));
}

export function formatMonth(month) {
  return new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(`${month}-01`));
}

export function addMonths(month, count) {
  const date = utc(`${month}-01`);
  date.setUTCMonth(date.getUTCMonth() + count);
  return iso(date).slice(0, 7);
}

export function formatTime(instant) {
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(instant));
}

/** Today's date where the hotel is (stays start on the hotel's today at the earliest). */
export function todayIn(timeZone) {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    return iso(new Date());
  }
}

export function localToday() {
  const now = new Date();
  return iso(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

export function nightsText(count) {
  return `${count} night${count === 1 ? '' : 's'}`;
}

export function words(code) {
  const text = String(code || '').toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function bedsText(beds) {
  return (beds || []).map((b) => `${b.count} ${words(b.bedType).toLowerCase()} bed${b.count === 1 ? '' : 's'}`).join(', ');
}

export function stars(count) {
  return count ? `${'★'.repeat(count)}${'☆'.repeat(Math.max(0, 5 - count))}` : '';
}
