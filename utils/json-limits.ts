/**
 * Measuring JSON text against limits before `JSON.parse` builds it: parsing
 * allocates every object and array at once, so a 10 MB file of `[{},{},…]`
 * becomes millions of objects before anything could count them. This scan
 * walks the text once, allocates nothing but a stack as deep as the nesting,
 * and stops at the first limit crossed or the first syntax error. It accepts
 * exactly what `JSON.parse` accepts (RFC 8259; any top-level value).
 */

export interface JsonLimits {
  /** Objects and arrays nested in one another (the top-level one is depth 1). */
  depth: number;
  /** Items in one array. */
  items: number;
  /** Keys in one object. */
  keys: number;
  /** Characters (UTF-16 units, escapes decoded) in one string, keys included. */
  text: number;
  /** Values of every kind in all: objects, arrays, strings, numbers, booleans, nulls. */
  values: number;
}

export type JsonLimitName = keyof JsonLimits;

/** Where the scan stopped: `path` leads to the array, object or string that crossed the limit (keys and indexes). */
export interface JsonLimitCrossed {
  limit: JsonLimitName;
  max: number;
  path: (string | number)[];
}

export type JsonCheck = { ok: true } | { ok: false; syntax: true } | ({ ok: false; syntax?: undefined } & JsonLimitCrossed);

interface Frame {
  array: boolean;
  /** Items (array) or keys (object) begun so far. */
  count: number;
  /** Object: where the current key's raw text starts and ends (quotes included), decoded only for a path. */
  keyStart: number;
  keyEnd: number;
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A run of string characters needing no attention (not a quote, a backslash or a control character). */
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const SIMPLE_ESCAPES = '"\\/bfnrt';

const OK: JsonCheck = { ok: true };
const SYNTAX: JsonCheck = { ok: false, syntax: true };

/** Checks `text` against `limits` without building it. */
export function checkJsonLimits(text: string, limits: JsonLimits): JsonCheck {
  const stack: Frame[] = [];
  let position = 0;
  let values = 0;

  const skipWhitespace = () => {
    WHITESPACE.lastIndex = position;
    WHITESPACE.exec(text);
    position = WHITESPACE.lastIndex;
  };
  const path = (own: boolean): (string | number)[] => {
    // Each frame's position leads into the next one; `own` adds the top frame's own position (a string inside it).
    const frames = own ? stack : stack.slice(0, -1);
    return frames.map((frame) => (frame.array ? frame.count - 1 : keyAt(frame)));
  };
  const keyAt = (frame: Frame): string => {
    const raw = text.slice(frame.keyStart + 1, frame.keyEnd - 1);
    return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  const crossed = (limit: JsonLimitName, own: boolean): JsonCheck => ({ ok: false, limit, max: limits[limit], path: path(own) });

  /** Reads a string at `position` (its opening quote): its decoded length, or -1 when malformed. Stops counting past the text limit. */
  const readString = (): number => {
    let length = 0;
    position++;
    for (;;) {
      PLAIN.lastIndex = position;
      PLAIN.exec(text);
      length += PLAIN.lastIndex - position;
      position = PLAIN.lastIndex;
      const char = text[position];
      if (char === '"') {
        position++;
        return length;
      }
      if (char !== '\\') return -1; // a control character, or the end of the text
      const escape = text[position + 1];
      if (escape === 'u') {
        HEX4.lastIndex = position + 2;
        if (!HEX4.test(text)) return -1;
        position += 6;
      } else if (escape !== undefined && SIMPLE_ESCAPES.includes(escape)) {
        position += 2;
      } else {
        return -1;
      }
      length++;
    }
  };

  // `value`: a value must come next; `key`: a key (object just opened or after a comma); `after`: a value ended.
  let expecting: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipWhitespace();
    if (expecting === 'value') {
      if (++values > limits.values) return crossed('values', true);
      const char = text[position];
      if (char === '{' || char === '[') {
        if (stack.length >= limits.depth) return crossed('depth', true);
        const array = char === '[';
        position++;
        skipWhitespace();
        if (text[position] === (array ? ']' : '}')) {
          position++;
          expecting = 'after';
          continue;
        }
        stack.push({ array, count: 1, keyStart: 0, keyEnd: 0 });
        expecting = array ? 'value' : 'key';
        continue;
      }
      if (char === '"') {
        const length = readString();
        if (length < 0) return SYNTAX;
        if (length > limits.text) return crossed('text', true);
      } else if (char === 't' || char === 'f' || char === 'n') {
        const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null';
        if (!text.startsWith(word, position)) return SYNTAX;
        position += word.length;
      } else {
        NUMBER.lastIndex = position;
        if (!NUMBER.test(text)) return SYNTAX;
        position = NUMBER.lastIndex;
      }
      expecting = 'after';
      continue;
    }
    if (expecting === 'key') {
      const frame = stack[stack.length - 1]!;
      if (text[position] !== '"') return SYNTAX;
      frame.keyStart = position;
      const length = readString();
      if (length < 0) return SYNTAX;
      frame.keyEnd = position;
      if (length > limits.text) return crossed('text', true);
      skipWhitespace();
      if (text[position] !== ':') return SYNTAX;
      position++;
      expecting = 'value';
      continue;
    }
    // after a value
    const frame = stack[stack.length - 1];
    if (!frame) return position === text.length ? OK : SYNTAX;
    const char = text[position];
    if (char === ',') {
      position++;
      frame.count++;
      if (frame.array && frame.count > limits.items) return crossed('items', false);
      if (!frame.array && frame.count > limits.keys) return crossed('keys', false);
      expecting = frame.array ? 'value' : 'key';
    } else if (char === (frame.array ? ']' : '}')) {
      position++;
      stack.pop();
    } else {
      return SYNTAX;
    }
  }
}
