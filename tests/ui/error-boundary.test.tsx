import { screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import type { Pack } from '../../src/schema/pack';
import { t } from '../helpers/text';
import { openWidget } from './reader';

describe('when the widget cannot render', () => {
  test('shows a clear message inside the widget instead of breaking the page', () => {
    // A pack without steps makes rendering throw, as a broken partner pack might.
    const broken = { ...d3k2.pack, steps: undefined } as unknown as Pack;
    const { container } = openWidget({ content: { ...d3k2, pack: broken } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(t.error);
    expect(alert.closest('.pfw')).toBe(container.firstElementChild);
  });
});
