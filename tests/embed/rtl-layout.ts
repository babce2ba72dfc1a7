// What a right-to-left widget must look like, measured in the page: run through page.evaluate on the
// shadow root of the host `#widget` (tests/fixtures/rtl-page/). Each returns the problems it found as
// lines of text, so that a failing test says which element and where.
import type { Page } from 'playwright-core';

/**
 * Nothing clipped or overlapping, all of it laid out right to left: the page does not scroll sideways;
 * no element of the widget is wider inside than its box (scrollWidth over clientWidth); every line of
 * text stays inside its block's box and inside the widget's; no two lines of different text overlap,
 * nor a line and a form control; every element runs right to left and none is aligned to the left;
 * and every list leaves room for its markers on the right, its start side, and none on its left.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.getElementById('widget')?.shadowRoot?.querySelector<HTMLElement>('.pfw');
    if (!root) return ['no widget'];
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''} "${(
        el.textContent ?? ''
      )
        .replace(/[\u202a-\u202e]/g, '')
        .trim()
        .slice(0, 40)}"`;
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const sideways = document.documentElement.scrollWidth - window.innerWidth;
    if (sideways > 0) problems.push(`the page scrolls ${sideways}px sideways`);
    const box = root.getBoundingClientRect();
    const elements = [root, ...root.querySelectorAll('*')].filter(shown);
    for (const el of elements) {
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)} is ${el.scrollWidth - el.clientWidth}px wider inside than its box`);
      const style = getComputedStyle(el);
      // The reader's own words (<bdi>, dir=auto) take their own direction; nothing else may.
      if (!el.closest('bdi, [dir=auto]') && style.direction !== 'rtl')
        problems.push(`${name(el)} runs ${style.direction}`);
      if (style.textAlign === 'left') problems.push(`${name(el)} is aligned to the left`);
      if (
        (el.localName === 'ul' || el.localName === 'ol') &&
        style.listStyleType !== 'none' &&
        style.listStylePosition === 'outside'
      ) {
        const item = el.querySelector(':scope > li')?.getBoundingClientRect();
        const list = el.getBoundingClientRect();
        const room = item ? list.right - item.right : 0;
        if (room < parseFloat(style.fontSize)) problems.push(`${name(el)} leaves ${room}px for its markers`);
        // Indented on its start side only, as a left-to-right list is on its left.
        if (item && item.left - list.left > 1)
          problems.push(
            `${name(el)} leaves ${Math.round(item.left - list.left)}px empty on its left, its end`,
          );
      }
    }
    // Each line of each text node, with the block that lays it out.
    type Line = { node: Text; rect: DOMRect };
    const lines: Line[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (!node.data.replace(/[\s\u202a-\u202e]/g, '') || !node.parentElement || !shown(node.parentElement))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      let block: Element = node.parentElement;
      // Inline boxes wrap inside their block: a line is measured against the block's box.
      while (
        block !== root &&
        /^(inline|contents)$/.test(getComputedStyle(block).display) &&
        block.parentElement
      )
        block = block.parentElement;
      const outer = block.getBoundingClientRect();
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        lines.push({ node, rect });
        const out = Math.max(outer.left - rect.left, rect.right - outer.right);
        if (out > 1)
          problems.push(
            `a line of ${name(node.parentElement)} sticks ${Math.round(out)}px out of ${name(block)}`,
          );
        const outOfWidget = Math.max(box.left - rect.left, rect.right - box.right);
        if (outOfWidget > 0) problems.push(`a line of ${name(node.parentElement)} sticks out of the widget`);
      }
    }
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i] as Line;
        const b = lines[j] as Line;
        if (a.node !== b.node && overlap(a.rect, b.rect))
          problems.push(
            `${name(a.node.parentElement as Element)} overlaps ${name(b.node.parentElement as Element)}`,
          );
      }
    }
    const controls = [...root.querySelectorAll('input, textarea')].filter(shown);
    for (const control of controls) {
      const rect = control.getBoundingClientRect();
      for (const line of lines)
        if (overlap(rect, line.rect))
          problems.push(`${name(control)} overlaps ${name(line.node.parentElement as Element)}`);
    }
    return [...new Set(problems)];
  });
}

/**
 * Text that starts on the right: in the blocks under `selector` (in the widget), each line's rightmost
 * text reaches the right edge of its block's content box, as right-to-left text aligned to its start does.
 */
export function startAlignmentProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((within) => {
    const root = document.getElementById('widget')?.shadowRoot?.querySelector<HTMLElement>('.pfw');
    if (!root) return ['no widget'];
    const problems: string[] = [];
    // Each block's lines, by their top: the rightmost text on each.
    const rights = new Map<Element, Map<number, number>>();
    for (const area of root.querySelectorAll(within)) {
      const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (!node.data.replace(/[\s\u202a-\u202e]/g, '') || !node.parentElement?.checkVisibility()) continue;
        let block: Element = node.parentElement;
        while (/^(inline|contents)$/.test(getComputedStyle(block).display) && block.parentElement)
          block = block.parentElement;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = rights.get(block) ?? new Map<number, number>();
        rights.set(block, lines);
        for (const rect of range.getClientRects()) {
          if (rect.width === 0) continue;
          const top = Math.round(rect.top);
          lines.set(top, Math.max(lines.get(top) ?? Number.NEGATIVE_INFINITY, rect.right));
        }
      }
    }
    for (const [block, lines] of rights) {
      const style = getComputedStyle(block);
      const box = block.getBoundingClientRect();
      const edge = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      for (const [top, right] of lines)
        if (Math.abs(edge - right) > 1.5)
          problems.push(
            `a line of ${block.localName} "${(block.textContent ?? '')
              .replace(/[\u202a-\u202e]/g, '')
              .trim()
              .slice(0, 40)}" at ${top}px ends ${Math.round(edge - right)}px short of the right edge`,
          );
    }
    return problems;
  }, selector);
}
