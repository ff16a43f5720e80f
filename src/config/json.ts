/**
 * Where and why a JSON text is malformed, in words for the person who edits the file by hand. JSON.parse says
 * where only for some errors ("Unexpected token '}', …" carries no position), so this scans the text itself; it
 * is run only once JSON.parse has failed. Pure.
 */

export interface JsonSyntaxProblem {
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters. */
  column: number;
  message: string;
  /** The line with a caret under the column, for the terminal. */
  excerpt: string;
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const found = scan(text);
  if (!found) return undefined;
  const before = text.slice(0, found.offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  const column = [...text.slice(lineStart, found.offset)].length + 1;
  const lineText = text.slice(lineStart).split(/\r?\n/, 1)[0] ?? '';
  return { line, column, message: found.message, excerpt: excerpt(lineText, line, column) };
}

class Stop {
  offset: number;
  message: string;
  constructor(offset: number, message: string) {
    this.offset = offset;
    this.message = message;
  }
}

function scan(text: string): { offset: number; message: string } | undefined {
  const n = text.length;
  let i = 0;
  const stop = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const space = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** Stops at `i`, where `expected` should have been. */
  const unexpected = (expected: string): never => {
    if (i >= n) stop(`the file ends before the JSON is complete; expected ${expected}`);
    if (text.startsWith('//', i) || text.startsWith('/*', i)) stop('comments are not allowed in JSON');
    if (text[i] === "'") stop('use double quotes (") for names and strings, not single quotes');
    const word = /[^\s,:[\]{}"]+/y;
    word.lastIndex = i;
    const m = word.exec(text);
    return stop(m ? `unexpected "${m[0].slice(0, 30)}"; expected ${expected}` : `expected ${expected}`);
  };
  const string = () => {
    const start = i++;
    for (;;) {
      if (i >= n) stop('this string is never closed (a " is missing)', start);
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\n' || c === '\r') stop('a line break inside a string; close the string with " or write \\n');
      if (c < ' ') stop('a control character inside a string');
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (e === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          stop('expected four hexadecimal digits after \\u');
        if (!'"\\/bfnrtu'.includes(e) || e === '') stop(`"\\${e}" is not a JSON escape; write \\\\ for a backslash`);
        i += e === 'u' ? 6 : 2;
        continue;
      }
      i++;
    }
  };
  /** The items of an object or array, from just after its opening bracket. */
  const items = (close: '}' | ']', item: () => void) => {
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[i] === ',') {
        const comma = i++;
        space();
        if (text[i] === close) stop(`a comma before "${close}" is not allowed in JSON; remove it`, comma);
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      unexpected(`"," or "${close}" after the value`);
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      return items('}', () => {
        space();
        if (text[i] !== '"') unexpected('a name in double quotes');
        string();
        space();
        if (text[i] !== ':') unexpected('":" after the name');
        i++;
        value();
      });
    }
    if (c === '[') {
      i++;
      return items(']', value);
    }
    if (c === '"') return string();
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    const m = number.exec(text);
    if (m) {
      i += m[0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null'])
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    unexpected('a value');
  };
  try {
    space();
    if (i >= n) stop('the file is empty');
    value();
    space();
    if (i < n) stop('unexpected text after the end of the JSON');
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, message: e.message };
    throw e;
  }
}

/** `  12 | text` and a caret under `column`; a long line is cut to the part around the column. */
function excerpt(lineText: string, line: number, column: number): string {
  const chars = [...lineText];
  const from = chars.length > 100 ? Math.max(0, Math.min(column - 50, chars.length - 100)) : 0;
  const shown = chars.slice(from, from + 100);
  const lead = from > 0 ? '…' : '';
  const tail = from + 100 < chars.length ? '…' : '';
  const pad = shown.slice(0, column - 1 - from).map((c) => (c === '\t' ? '\t' : ' '));
  const num = String(line);
  return (
    `    ${num} | ${lead}${shown.join('')}${tail}\n` +
    `    ${' '.repeat(num.length)} | ${lead ? ' ' : ''}${pad.join('')}^`
  );
}
