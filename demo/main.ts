// The demo page embeds the widget as a partner does: the custom element from embed/, in its shadow root.
import '../embed/index';
import './demo.css';
