import { beforeEach, describe, expect, it, vi } from 'vitest';
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
  it('inserts at the caret, replacing the selection, and fires input for the page', async () => {
    const area = textarea('Hello world');
    const events: string[] = [];
    area.addEventListener('input', (event) => events.push((event as InputEvent).data ?? ''));
    area.setSelectionRange(6, 11);
    expect(await insertIntoField(area, 'team', 'caret')).toBe(true);
    expect(area.value).toBe('Hello team');
    expect(events).toEqual(['team']);
    expect(area.selectionStart).toBe(10);
  });

  it('appends on a new line without removing what the user wrote', async () => {
    const area = textarea('First point.');
    area.setSelectionRange(0, 0);
    expect(await insertIntoField(area, 'Second point.', 'append')).toBe(true);
    expect(area.value).toBe('First point.\nSecond point.');
  });

  it('keeps words apart at the caret and after the text, with a space in an input', async () => {
    const area = textarea('Alpha Omega');
    area.setSelectionRange(6, 6);
    expect(await insertIntoField(area, 'Beta')).toBe(true);
    expect(area.value).toBe('Alpha Beta Omega');
    const input = document.createElement('input');
    input.value = 'Draft saved earlier.';
    document.body.append(input);
    expect(await insertIntoField(input, 'Asked for a budget', 'append')).toBe(true);
    expect(input.value).toBe('Draft saved earlier. Asked for a budget');
  });

  it('fires change once the text is in, for fields that take their value on change', async () => {
    const area = textarea('Alpha');
    const seen: string[] = [];
    area.addEventListener('input', () => seen.push(`input:${area.value}`));
    area.addEventListener('change', () => seen.push(`change:${area.value}`));
    // Without the browser's editing commands (the value setter)…
    expect(await insertIntoField(area, 'Beta', 'append')).toBe(true);
    // …and with them: insertText edits the value and fires input, as Chromium does.
    const original = document.execCommand;
    document.execCommand = (command: string, _ui?: boolean, value?: string) => {
      if (command !== 'insertText' || value === undefined) return false;
      area.setRangeText(value, area.selectionStart!, area.selectionEnd!, 'end');
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
      return true;
    };
    try {
      expect(await insertIntoField(area, 'Gamma', 'append')).toBe(true);
    } finally {
      document.execCommand = original;
    }
    expect(seen).toEqual(['input:Alpha\nBeta', 'change:Alpha\nBeta', 'input:Alpha\nBeta\nGamma', 'change:Alpha\nBeta\nGamma']);
  });

  it('replaces everything only when asked', async () => {
    const area = textarea('Old text');
    expect(await insertIntoField(area, 'New text', 'replace')).toBe(true);
    expect(area.value).toBe('New text');
  });

  it('goes through the prototype setter so framework-tracked inputs see the change', async () => {
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
    expect(await insertIntoField(input, 'line one\nline two')).toBe(true);
    // Single-line inputs get spaces instead of newlines; the instance setter was not used.
    expect(seenByPage).toBe('line one line two');
    expect(tracked).toBe('');
  });

  it('refuses disabled, read-only and detached fields', async () => {
    const area = textarea('keep');
    area.readOnly = true;
    expect(await insertIntoField(area, 'x')).toBe(false);
    expect(area.value).toBe('keep');
    area.readOnly = false;
    area.disabled = true;
    expect(isEditable(area)).toBe(false);
    expect(await insertIntoField(area, 'x')).toBe(false);
    const detached = document.createElement('textarea');
    expect(await insertIntoField(detached, 'x')).toBe(false);
    expect(await insertIntoField(textarea(), '')).toBe(false);
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

  it('where the caret is not, goes after the text as a new line, offering a paste, then beforeinput, then the DOM', async () => {
    const root = editor('<p>Existing</p>');
    const events: string[] = [];
    root.addEventListener('paste', (event) => events.push(`paste:${JSON.stringify((event as ClipboardEvent).clipboardData?.getData('text/plain'))}`));
    root.addEventListener('beforeinput', (event) => events.push(`before:${(event as InputEvent).inputType}`));
    root.addEventListener('input', (event) => events.push(`input:${JSON.stringify((event as InputEvent).data)}`));
    expect(await insertIntoField(root, 'One\nTwo')).toBe(true);
    expect(root.textContent).toBe('ExistingOneTwo');
    expect(root.querySelectorAll('br')).toHaveLength(2);
    expect(events).toEqual([
      'paste:"\\nOne\\nTwo"',
      'paste:"\\n\\nOne\\n\\nTwo"',
      'before:insertParagraph',
      'input:"\\nOne\\nTwo"',
    ]);
  });

  it('gives an editor that takes a paste the lines as paragraphs of HTML, in one event', async () => {
    const root = editor('');
    const pasted: string[] = [];
    root.addEventListener('paste', (event) => {
      event.preventDefault();
      const html = (event as ClipboardEvent).clipboardData!.getData('text/html');
      pasted.push(html);
      root.innerHTML = html;
    });
    root.addEventListener('beforeinput', () => pasted.push('beforeinput'));
    expect(await insertIntoField(root, 'One <b>\nTwo')).toBe(true);
    expect(pasted).toEqual(['<p>One &lt;b&gt;</p><p>Two</p>']);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('does not give the text twice to an editor that applies an event later without cancelling it', async () => {
    const root = editor('');
    // What CKEditor 5 does with typed text: waits for the browser, then applies it itself.
    root.addEventListener('paste', (event) => {
      const text = (event as ClipboardEvent).clipboardData!.getData('text/plain');
      setTimeout(() => root.append(text), 50);
    });
    expect(await insertIntoField(root, 'Once')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(root.textContent).toBe('Once');
  });

  it('answers false when an editor took the text but does not show it', async () => {
    const root = editor('');
    root.addEventListener('paste', (event) => event.preventDefault());
    expect(await insertIntoField(root, 'Lost')).toBe(false);
  });

  it('inserts at the caret the user left before clicking in the sidebar', async () => {
    const root = editor('<p>Start end</p>');
    const text = root.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 6);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    rememberSelection(document);
    document.getSelection()!.removeAllRanges(); // focus moved to the sidebar
    expect(await insertIntoField(root, 'middle ')).toBe(true);
    expect(root.textContent).toBe('Start middle end');
  });

  it('lets an editor that handles beforeinput itself do the insertion', async () => {
    const root = editor('');
    root.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      const paragraph = document.createElement('p');
      paragraph.textContent = (event as InputEvent).data;
      root.append(paragraph);
    });
    expect(await insertIntoField(root, 'From the model')).toBe(true);
    expect(root.innerHTML).toBe('<p>From the model</p>');
  });

  it('replaces the whole content only in replace mode', async () => {
    const root = editor('<p>Draft</p>');
    expect(await insertIntoField(root, 'Final', 'replace')).toBe(true);
    expect(root.textContent).toBe('Final');
  });

  it('inserts into the editable root when given a child of it', async () => {
    const root = editor('<p><strong>Bold</strong></p>');
    expect(await insertIntoField(root.querySelector('strong')!, ' tail')).toBe(true);
    expect(root.textContent).toBe('Bold tail');
  });
});

describe('the remembered caret', () => {
  it('is shared by separate bundles of this module (the launcher remembers, its injected second half inserts)', async () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.innerHTML = '<p>Alpha Omega</p>';
    document.body.append(editor);
    vi.resetModules();
    const launcher = await import('@/utils/fields');
    vi.resetModules();
    const kit = await import('@/utils/fields');
    expect(kit.insertIntoField).not.toBe(launcher.insertIntoField);
    const text = editor.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 6);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    launcher.rememberSelection(document);
    // As Draft.js does on blur: the page's selection is gone.
    document.getSelection()!.removeAllRanges();
    expect(await kit.insertIntoField(editor, 'Beta', 'caret')).toBe(true);
    expect(editor.textContent).toBe('Alpha Beta Omega');
  });
});
