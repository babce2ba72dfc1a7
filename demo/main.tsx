// The demo page mounts the widget directly; embedding (custom element, iframe) will replace this.
import { render } from 'preact';
import { d3k2 } from '../src/content/d3-k2';
import { Widget } from '../src/ui/widget';
import '../src/ui/styles/widget.css';
import './demo.css';

const slot = document.getElementById('personal-factors');
if (slot) render(<Widget pack={d3k2} />, slot);
