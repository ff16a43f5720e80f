/**
 * Text-level checks of the data package's files, before any CSV or JSON is read: the encoding
 * (UTF-8 only), line ends, control characters, and where a JSON syntax error is. Pure functions;
 * `validate.ts` turns their findings into errors with file, line and column.
 */

/**
 * Decodes UTF-8. A byte that is not part of a valid UTF-8 sequence does not become U+FFFD, as in a
 * lenient decoder, but a lone surrogate U+DC80-U+DCFF carrying the byte (Python's "surrogateescape"),
 * which valid UTF-8 cannot produce: so the caller can say which bytes were bad and where they are.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), valid: true };
  } catch {
    const run = new TextDecoder('utf-8', { ignoreBOM: true });
    let text = '';
    let from = 0;
    let i = 0;
    while (i < bytes.length) {
      const n = sequenceLength(bytes, i);
      if (n > 0) {
        i += n;
        continue;
      }
      text += run.decode(bytes.subarray(from, i)) + String.fromCharCode(0xdc00 + bytes[i]!);
      from = ++i;
    }
    text += run.decode(bytes.subarray(from));
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, valid: false };
  }
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there does not start one. */
function sequenceLength(b: Uint8Array, i: number): number {
  const b0 = b[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no surrogates
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** The bad bytes that `decodeUtf8` escaped in `s`. */
export const ESCAPED_BYTE = /[\udc80-\udcff]/g;
export const hasBadBytes = (s: string) => /[\udc80-\udcff]/.test(s);
/** `s` as a lenient decoder would give it: each bad byte becomes U+FFFD. */
export const withReplacement = (s: string) => s.replace(ESCAPED_BYTE, '\ufffd');

/**
 * Says which bad bytes a piece of text has, and what they are in the encodings files come in instead
 * of UTF-8: `the byte 0xE9, which is not UTF-8 (in Latin-1 or Windows-1252 it is "é")`; `here` goes after
 * the bytes.
 */
export function describeBadBytes(s: string, here = ''): string {
  const bytes = [...s.matchAll(ESCAPED_BYTE)].map((m) => m[0].charCodeAt(0) - 0xdc00);
  const hex = bytes.map((b) => '0x' + b.toString(16).toUpperCase().padStart(2, '0'));
  const cp1252 = [...new TextDecoder('windows-1252').decode(Uint8Array.from(bytes))];
  const printable = cp1252.every((c) => c.charCodeAt(0) > 0x9f);
  const one = bytes.length === 1;
  const as = printable
    ? ` (in ${bytes.every((b) => b >= 0xa0) ? 'Latin-1 or Windows-1252' : 'Windows-1252'} ${one ? 'it is' : 'they are'} ${list(cp1252.map((c) => `"${c}"`))})`
    : '';
  return `${one ? 'the byte' : 'the bytes'} ${list(hex)}${here}, which ${one ? 'is' : 'are'} not UTF-8${as}`;
}

/** "a", "a and b", "a, b and c". */
export function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * True when the file's lines end with a carriage return alone (old Mac OS), rather than LF or CRLF:
 * most of its line ends are lone CRs. (A single stray CR in a cell is a control character instead.)
 */
export function hasCrOnlyLineEnds(text: string): boolean {
  const lone = text.match(/\r(?!\n)/g)?.length ?? 0;
  const lf = text.match(/\n/g)?.length ?? 0;
  return lone > 0 && lone >= lf;
}

const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x08: 'backspace',
  0x09: 'tab',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'DEL',
};

/** `U+0000` for a code point. */
export const codePoint = (c: number) => 'U+' + c.toString(16).toUpperCase().padStart(4, '0');

/** A control character named for a reporter: `U+0000 (NUL)`, `U+0085 (a C1 control character)`. */
export function controlName(c: number): string {
  const name = CONTROL_NAMES[c] ?? (c < 0x20 ? 'a C0 control character' : 'a C1 control character');
  return `${codePoint(c)} (${name})`;
}

const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);

/**
 * The control characters in a cell, each once, in order: C0 controls (tab included), DEL and C1
 * controls. A line break inside a (quoted) cell is text, written LF or CRLF.
 */
export function controlCharacters(cell: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (!isControl(c) || c === 0x0a || (c === 0x0d && cell.charCodeAt(i + 1) === 0x0a)) continue;
    if (!found.includes(c)) found.push(c);
  }
  return found;
}

/** A value as it is safe to print in a terminal: control characters (except line breaks) as `<U+0000>`. */
export function printable(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += isControl(c) && c !== 0x0a ? `<${codePoint(c)}>` : ch;
  }
  return out;
}

/** 1-based line and column of character `index` in `text`. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * Where `JSON.parse` fails on `text`: the index of the first character that is not valid JSON there
 * (V8 gives the position for most errors, but not for all: "Unexpected token 'a', … is not valid JSON").
 * Returns undefined for valid JSON.
 */
export function jsonErrorIndex(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  class Stop {
    readonly at: number;
    constructor(at: number) {
      this.at = at;
    }
  }
  const fail = (): never => {
    throw new Stop(i);
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (ch === '"') return string();
    const m = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;
    m.lastIndex = i;
    const hit = m.exec(text);
    if (!hit) fail();
    i += hit![0].length;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail();
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail();
        }
      } else i++;
    }
    fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}
