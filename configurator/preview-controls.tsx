// How the preview looks: a phone's or a desktop's width, a light or dark page, and the page's root
// font size. These change the preview only: the snippet and the CSS hold for all of them.
import { RadioGroup, SelectField } from './fields';
import type { PreviewWidth } from './preview';

export type PreviewLook = { width: PreviewWidth; scheme: 'light' | 'dark'; root: string };

const WIDTHS: { value: PreviewWidth; label: string }[] = [
  { value: '320', label: 'Small phone (320 px)' },
  { value: '375', label: 'Phone (375 px)' },
  { value: '412', label: 'Large phone (412 px)' },
  { value: 'desktop', label: 'Desktop' },
];

/** Root font sizes pages use: the browser's default, the common 62.5 % (10 px), and larger. */
const ROOTS = ['16px', '62.5%', '10px', '20px'];

export function PreviewControls({
  look,
  onChange,
}: {
  look: PreviewLook;
  onChange: (look: PreviewLook) => void;
}) {
  return (
    <div class="preview-controls">
      <RadioGroup
        name="width"
        legend="Width"
        value={look.width}
        choices={WIDTHS}
        onChange={(width) => onChange({ ...look, width: width as PreviewWidth })}
      />
      <RadioGroup
        name="scheme"
        legend="Your page, and a reader's setting"
        value={look.scheme}
        choices={[
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(scheme) => onChange({ ...look, scheme: scheme as PreviewLook['scheme'] })}
      />
      <SelectField
        id="root"
        label="Your page's root font size (html { font-size })"
        value={look.root}
        choices={ROOTS.map((root) => ({ value: root, label: root }))}
        onChange={(root) => onChange({ ...look, root })}
      />
    </div>
  );
}
