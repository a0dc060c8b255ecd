// The fields of a room type (create and edit share them) and the body they make for /v1.
import { h } from './dom.js';
import { words } from './format.js';

const BED_TYPES = ['SINGLE', 'DOUBLE', 'QUEEN', 'KING', 'SOFA_BED', 'BUNK', 'CRIB'];

export function roomTypeFields(type) {
  const id = type ? type.roomTypeID : 'new';
  const beds = (type && type.bedConfiguration) || [{ bedType: 'DOUBLE', count: 1 }];
  const bedRow = (index) => {
    const bed = beds[index] || { bedType: '', count: 0 };
    return h('div', { class: 'field-row' },
      h('div', { class: 'field' }, h('label', { for: `bt-${id}-${index}` }, index ? 'Other beds' : 'Beds'),
        h('select', { id: `bt-${id}-${index}`, name: `bedType${index}` },
          index ? h('option', { value: '' }, 'none') : null,
          BED_TYPES.map((t) => h('option', { value: t, selected: t === bed.bedType }, words(t))))),
      h('div', { class: 'field narrow' }, h('label', { for: `bc-${id}-${index}` }, 'How many'),
        h('input', { id: `bc-${id}-${index}`, name: `bedCount${index}`, type: 'number', min: 0, value: bed.count || (index ? 0 : 1) })));
  };
  return [
    h('div', { class: 'field' }, h('label', { for: `tn-${id}` }, 'Name'), h('input', { id: `tn-${id}`, name: 'name', required: true, value: type ? type.name : '' })),
    h('div', { class: 'field' }, h('label', { for: `td-${id}` }, 'Description'), h('input', { id: `td-${id}`, name: 'description', value: type ? type.description || '' : '' })),
    h('div', { class: 'field narrow' }, h('label', { for: `to-${id}` }, 'Sleeps'),
      h('input', { id: `to-${id}`, name: 'maxOccupancy', type: 'number', min: 1, required: true, value: type ? type.maxOccupancy : 2 })),
    bedRow(0), bedRow(1),
    h('div', { class: 'field' }, h('label', { for: `ta-${id}` }, 'Amenities (comma separated)'),
      h('input', { id: `ta-${id}`, name: 'amenities', value: type ? (type.amenities || []).join(', ') : 'wifi' })),
    h('p', { class: 'field-error', 'data-form-error': true, hidden: true }),
    h('button', { type: 'submit' }, type ? 'Save room type' : 'Add room type'),
  ];
}

export function readRoomType(form) {
  const f = form.elements;
  const beds = [0, 1].map((i) => ({ bedType: f[`bedType${i}`].value, count: Number(f[`bedCount${i}`].value) }))
    .filter((bed) => bed.bedType && bed.count > 0);
  return {
    name: f.name.value.trim(), description: f.description.value.trim(), maxOccupancy: Number(f.maxOccupancy.value),
    bedConfiguration: beds, amenities: f.amenities.value.split(',').map((a) => a.trim().toLowerCase().replace(/\s+/g, '_')).filter(Boolean),
  };
}
