import { beforeEach, describe, expect, it } from 'vitest';
import { insertIntoField, isEditable, rememberSelection } from '@/utils/fields';

beforeEach(() => {
  document.body.innerHTML = '';
});

function textarea(value = ''): HTMLTextAreaElement {
  const element = document.createElement('textarea');
  element.value = value;
  document.body.append(element);
  return element;
}

describe('insertIntoField: textarea and input', () => {
  it('inserts at the caret, replacing the selection, and fires input for the page', () => {
    const area = textarea('Hello world');
    const events: string[] = [];
    area.addEventListener('input', (event) => events.push((event as InputEvent).data ?? ''));
    area.setSelectionRange(6, 11);
    expect(insertIntoField(area, 'team', 'caret')).toBe(true);
    expect(area.value).toBe('Hello team');
    expect(events).toEqual(['team']);
    expect(area.selectionStart).toBe(10);
  });

  it('appends on a new line without removing what the user wrote', () => {
    const area = textarea('First point.');
    area.setSelectionRange(0, 0);
    expect(insertIntoField(area, 'Second point.', 'append')).toBe(true);
    expect(area.value).toBe('First point.\nSecond point.');
  });

  it('replaces everything only when asked', () => {
    const area = textarea('Old text');
    expect(insertIntoField(area, 'New text', 'replace')).toBe(true);
    expect(area.value).toBe('New text');
  });

  it('goes through the prototype setter so framework-tracked inputs see the change', () => {
    const input = document.createElement('input');
    document.body.append(input);
    // What React does: shadow the value property on the instance to track it.
    let tracked = '';
    const proto = Object.getPrototypeOf(input);
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value')!;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return descriptor.get!.call(this);
      },
      set(value: string) {
        tracked = value;
        descriptor.set!.call(this, value);
      },
    });
    let seenByPage = '';
    input.addEventListener('input', () => (seenByPage = input.value));
    expect(insertIntoField(input, 'line one\nline two')).toBe(true);
    // Single-line inputs get spaces instead of newlines; the instance setter was not used.
    expect(seenByPage).toBe('line one line two');
    expect(tracked).toBe('');
  });

  it('refuses disabled, read-only and detached fields', () => {
    const area = textarea('keep');
    area.readOnly = true;
    expect(insertIntoField(area, 'x')).toBe(false);
    expect(area.value).toBe('keep');
    area.readOnly = false;
    area.disabled = true;
    expect(isEditable(area)).toBe(false);
    expect(insertIntoField(area, 'x')).toBe(false);
    const detached = document.createElement('textarea');
    expect(insertIntoField(detached, 'x')).toBe(false);
    expect(insertIntoField(textarea(), '')).toBe(false);
  });
});

describe('insertIntoField: contenteditable', () => {
  function editor(html = ''): HTMLDivElement {
    const element = document.createElement('div');
    element.setAttribute('contenteditable', 'true');
    element.innerHTML = html;
    document.body.append(element);
    return element;
  }

  it('appends at the end by default, with line breaks, and fires beforeinput and input', () => {
    const root = editor('<p>Existing</p>');
    const events: string[] = [];
    root.addEventListener('beforeinput', (event) => events.push(`before:${(event as InputEvent).inputType}`));
    root.addEventListener('input', (event) => events.push(`input:${(event as InputEvent).data}`));
    expect(insertIntoField(root, 'One\nTwo')).toBe(true);
    expect(root.textContent).toBe('ExistingOneTwo');
    expect(root.querySelectorAll('br')).toHaveLength(1);
    expect(events).toEqual(['before:insertText', 'input:One\nTwo']);
  });

  it('inserts at the caret the user left before clicking in the sidebar', () => {
    const root = editor('<p>Start end</p>');
    const text = root.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 6);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    rememberSelection(document);
    document.getSelection()!.removeAllRanges(); // focus moved to the sidebar
    expect(insertIntoField(root, 'middle ')).toBe(true);
    expect(root.textContent).toBe('Start middle end');
  });

  it('lets an editor that handles beforeinput itself do the insertion', () => {
    const root = editor('');
    root.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      const paragraph = document.createElement('p');
      paragraph.textContent = (event as InputEvent).data;
      root.append(paragraph);
    });
    expect(insertIntoField(root, 'From the model')).toBe(true);
    expect(root.innerHTML).toBe('<p>From the model</p>');
  });

  it('replaces the whole content only in replace mode', () => {
    const root = editor('<p>Draft</p>');
    expect(insertIntoField(root, 'Final', 'replace')).toBe(true);
    expect(root.textContent).toBe('Final');
  });

  it('inserts into the editable root when given a child of it', () => {
    const root = editor('<p><strong>Bold</strong></p>');
    expect(insertIntoField(root.querySelector('strong')!, ' tail')).toBe(true);
    expect(root.textContent).toBe('Bold tail');
  });
});
