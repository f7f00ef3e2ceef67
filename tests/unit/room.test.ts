import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyOverride,
  canMakeRoom,
  isCovered,
  isOverrideIntact,
  MIN_PAGE_WIDTH,
  planRoom,
  restoreOverride,
  type Geometry,
  type Strip,
} from '@/utils/dom/room';

const RIGHT: Strip = { side: 'right', width: 360, viewport: 1280 };
const LEFT: Strip = { side: 'left', width: 360, viewport: 1280 };

/** The inline style a plan sets, or what the planner said instead. */
function styleFor(element: Geometry, strip: Strip) {
  const plan = planRoom(element, strip);
  return plan && typeof plan === 'object' ? plan.style : plan;
}

function fixed(left: number, right: number, extra: Partial<Geometry> = {}): Geometry {
  return { position: 'fixed', box: { left, right, top: 0, bottom: 56 }, width: right - left, ...extra };
}

describe('which elements the sidebar covers', () => {
  it('is an element reaching into the strip on the sidebar’s side', () => {
    expect(isCovered(fixed(0, 1280).box, RIGHT)).toBe(true);
    expect(isCovered(fixed(0, 920).box, RIGHT)).toBe(false);
    expect(isCovered(fixed(0, 921).box, RIGHT)).toBe(true);
    expect(isCovered(fixed(1200, 1264).box, LEFT)).toBe(false);
    expect(isCovered(fixed(300, 400).box, LEFT)).toBe(true);
  });

  it('is never an element without a size', () => {
    expect(isCovered({ left: 1000, right: 1000, top: 0, bottom: 50 }, RIGHT)).toBe(false);
    expect(isCovered({ left: 1000, right: 1100, top: 10, bottom: 10 }, RIGHT)).toBe(false);
  });

  it('makes room only where the page keeps enough width', () => {
    expect(canMakeRoom(RIGHT)).toBe(true);
    expect(canMakeRoom({ ...RIGHT, viewport: 360 + MIN_PAGE_WIDTH })).toBe(true);
    expect(canMakeRoom({ ...RIGHT, viewport: 360 + MIN_PAGE_WIDTH - 1 })).toBe(false);
  });
});

describe('what room is made for each element', () => {
  it('leaves alone what the sidebar does not cover', () => {
    expect(styleFor(fixed(0, 900), RIGHT)).toBeNull();
    expect(styleFor(fixed(400, 1280), LEFT)).toBeNull();
  });

  it('narrows a full-width top bar to end at the sidebar, and to start after it on the left', () => {
    expect(styleFor(fixed(0, 1280), RIGHT)).toEqual({ left: '0px', right: 'auto', 'margin-left': '0px', width: '920px' });
    expect(styleFor(fixed(0, 1280), LEFT)).toEqual({ left: '360px', right: 'auto', 'margin-left': '0px', width: '920px' });
  });

  it('places the border box whatever the margin, and sizes the box that `width` sizes', () => {
    // A bar 8px in from the left by its margin, with 2 × 12px padding and 2 × 1px border, content-box sizing (`width` 1238px).
    expect(styleFor(fixed(8, 1272, { width: 1238 }), RIGHT)).toEqual({ left: '8px', right: 'auto', 'margin-left': '0px', width: '886px' });
  });

  it('moves a help button or a drawer anchored at the covered edge by the sidebar’s width, keeping its size', () => {
    expect(styleFor(fixed(1208, 1264), RIGHT)).toEqual({ left: '848px', right: 'auto', 'margin-left': '0px', width: '56px' });
    expect(styleFor(fixed(880, 1280, { box: { left: 880, right: 1280, top: 0, bottom: 800 } }), RIGHT)).toEqual({
      left: '520px',
      right: 'auto',
      'margin-left': '0px',
      width: '400px',
    });
    expect(styleFor(fixed(16, 72), LEFT)).toEqual({ left: '376px', right: 'auto', 'margin-left': '0px', width: '56px' });
  });

  it('gives up where the room would push an element off the page or squeeze it to nothing', () => {
    // A 490px drawer (under half of a 1000px page) would leave the page on the left if moved by 360px: it moves just out of the strip.
    expect(styleFor(fixed(300, 790), { side: 'right', width: 360, viewport: 1000 })).toEqual({ left: '150px', right: 'auto', 'margin-left': '0px', width: '490px' });
    expect(styleFor(fixed(600, 1000), { side: 'left', width: 360, viewport: 1000 })).toBeNull();
    expect(styleFor(fixed(200, 680), { side: 'left', width: 360, viewport: 1000 })).toEqual({ left: '360px', right: 'auto', 'margin-left': '0px', width: '480px' });
    // A 490px box does not fit in the 480px a 520px sidebar leaves.
    expect(styleFor(fixed(100, 590), { side: 'right', width: 520, viewport: 1000 })).toBe('impossible');
    expect(styleFor(fixed(300, 790), { side: 'right', width: 280, viewport: 1000 })).toEqual({ left: '20px', right: 'auto', 'margin-left': '0px', width: '490px' });
    // A wide banner mostly past the right edge would keep 20px.
    expect(styleFor(fixed(900, 1600), RIGHT)).toBe('impossible');
  });

  it('says where the border box goes, so that a plan the page defeats is noticed', () => {
    expect(planRoom(fixed(0, 1280), RIGHT)).toMatchObject({ left: 0, right: 920 });
    expect(planRoom(fixed(1208, 1264), RIGHT)).toMatchObject({ left: 848, right: 904 });
    expect(planRoom(fixed(16, 72), LEFT)).toMatchObject({ left: 376, right: 432 });
  });

  it('only narrows a sticky element, and only on its right', () => {
    const sticky: Geometry = { position: 'sticky', box: { left: 0, right: 1280, top: 0, bottom: 40 }, width: 1260 };
    expect(styleFor(sticky, RIGHT)).toEqual({ width: '900px' });
    expect(styleFor(sticky, LEFT)).toBe('impossible');
  });
});

describe('saving and restoring the page’s inline styles', () => {
  let element: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '';
    element = document.createElement('div');
    document.body.append(element);
  });

  it('sets the values with !important and puts back exactly what was there, priorities included', () => {
    element.setAttribute('style', 'left: 10px; width: 50% !important; color: red');
    const override = applyOverride(element, { left: '0px', right: 'auto', 'margin-left': '0px', width: '920px' });
    expect(element.style.getPropertyValue('width')).toBe('920px');
    expect(element.style.getPropertyPriority('width')).toBe('important');
    expect(element.style.getPropertyPriority('left')).toBe('important');
    expect(isOverrideIntact(override)).toBe(true);
    restoreOverride(override);
    expect(element.style.getPropertyValue('left')).toBe('10px');
    expect(element.style.getPropertyPriority('left')).toBe('');
    expect(element.style.getPropertyValue('width')).toBe('50%');
    expect(element.style.getPropertyPriority('width')).toBe('important');
    expect(element.style.getPropertyValue('right')).toBe('');
    expect(element.style.getPropertyValue('color')).toBe('red');
    expect(element.getAttribute('style')).toBe('left: 10px; width: 50% !important; color: red');
  });

  it('puts back each value it set where the page changed another one meanwhile', () => {
    element.setAttribute('style', 'left: 10px; color: red');
    const override = applyOverride(element, { left: '0px', width: '920px' });
    element.style.setProperty('color', 'blue');
    restoreOverride(override);
    expect(element.style.getPropertyValue('left')).toBe('10px');
    expect(element.style.getPropertyValue('width')).toBe('');
    expect(element.style.getPropertyValue('color')).toBe('blue');
  });

  it('leaves no style attribute on an element that had none', () => {
    const override = applyOverride(element, { width: '100px' });
    expect(element.hasAttribute('style')).toBe(true);
    restoreOverride(override);
    expect(element.hasAttribute('style')).toBe(false);
  });

  it('notices when the page rewrites a value, and keeps the page’s value on restore', () => {
    element.style.setProperty('right', '16px');
    const override = applyOverride(element, { left: '848px', right: 'auto', 'margin-left': '0px', width: '56px' });
    element.style.setProperty('right', '0px');
    expect(isOverrideIntact(override)).toBe(false);
    restoreOverride(override);
    expect(element.style.getPropertyValue('right')).toBe('0px');
    expect(element.style.getPropertyValue('left')).toBe('');
    expect(element.style.getPropertyValue('width')).toBe('');
  });

  it('counts a value the page kept but stripped of !important as rewritten', () => {
    const override = applyOverride(element, { width: '100px' });
    element.style.setProperty('width', '100px');
    expect(isOverrideIntact(override)).toBe(false);
  });
});
