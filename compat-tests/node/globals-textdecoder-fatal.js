'use strict';
// TextDecoder: labels, replacement characters, fatal mode and errors.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
const codes = (s) => Array.from(s).map((c) => c.codePointAt(0).toString(16)).join(' ');

for (const label of ['utf8', 'UTF-8', ' utf-8 ', '\tunicode-1-1-utf-8\n', 'utf-16le', 'utf-16', 'UCS-2', 'utf-16be',
  'latin1', 'iso-8859-1', 'ascii', 'us-ascii', 'windows-1252', 'cp1252', 'l1']) {
  const d = new TextDecoder(label);
  out(JSON.stringify(label), '->', d.encoding, d.fatal, d.ignoreBOM);
}
const cases = [
  ['invalid byte', 'utf-8', [0xff, 0x41]],
  ['truncated', 'utf-8', [0x41, 0xe2, 0x82]],
  ['interrupted', 'utf-8', [0xe2, 0x82, 0x41]],
  ['encoded surrogate', 'utf-8', [0xed, 0xa0, 0x80]],
  ['overlong', 'utf-8', [0xc0, 0xaf]],
  ['too high', 'utf-8', [0xf4, 0x90, 0x80, 0x80]],
  ['lone continuation', 'utf-8', [0x80, 0x41]],
  ['lone trail surrogate', 'utf-16le', [0x00, 0xdc, 0x41, 0x00]],
  ['lead without trail', 'utf-16le', [0x3d, 0xd8, 0x41, 0x00]],
  ['lead and odd byte', 'utf-16le', [0x00, 0xd8, 0x41]],
  ['high bytes as latin1', 'latin1', [0x80, 0x9f, 0xa0, 0xe9, 0xff]],
];
for (const [name, enc, b] of cases) {
  out(name, enc, 'replaced:', codes(new TextDecoder(enc).decode(new Uint8Array(b))));
  try {
    const s = new TextDecoder(enc, { fatal: true }).decode(new Uint8Array(b));
    out(name, enc, 'fatal ok:', codes(s));
  } catch (e) {
    out(name, enc, 'fatal:', e.name, e.code, e.message);
  }
}
{
  const d = new TextDecoder('utf-8', { fatal: true });
  out('fatal streaming waits', JSON.stringify(d.decode(new Uint8Array([0xe2]), { stream: true })));
  try { d.decode(); } catch (e) { out('then fails at the end', e.code); }
  out('and is reset', d.decode(new Uint8Array([0x6f, 0x6b])));
}

function t(label, fn) {
  try { out(label, String(fn())); } catch (e) { out(label, '!!', e.name, e.code, e.message); }
}
t('unknown label', () => new TextDecoder('nope'));
t('x-user-defined', () => new TextDecoder('x-user-defined'));
t('empty label', () => new TextDecoder(''));
t('options number', () => new TextDecoder('utf-8', 5));
t('options null', () => new TextDecoder('utf-8', null).encoding);
t('truthy options', () => { const d = new TextDecoder('utf-8', { fatal: 'yes', ignoreBOM: 1 }); return [d.fatal, d.ignoreBOM]; });
t('decode string', () => new TextDecoder().decode('abc'));
t('decode number', () => new TextDecoder().decode(5));
t('decode null', () => new TextDecoder().decode(null));
t('decode array', () => new TextDecoder().decode([65]));
t('decode options number', () => JSON.stringify(new TextDecoder().decode(new Uint8Array([65]), 5)));
t('decode options number utf-16', () => new TextDecoder('utf-16le').decode(new Uint8Array(2), 5));
t('decode options number after streaming', () => { const d = new TextDecoder(); d.decode(new Uint8Array(0), { stream: true }); return d.decode(new Uint8Array(1), 5); });
t('decode brand check', () => TextDecoder.prototype.decode.call({}));
t('encoding brand check', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));
t('without new', () => TextDecoder());
t('members', () => Object.getOwnPropertyNames(TextDecoder.prototype));
t('lengths', () => [TextDecoder.length, TextDecoder.prototype.decode.length]);
t('tag', () => Object.prototype.toString.call(new TextDecoder()));
