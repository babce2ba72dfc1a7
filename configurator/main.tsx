// The configurator page (configurator.html): the build it runs in, handed to the form.

import * as manifest from 'virtual:configurator-build';
import { render } from 'preact';
import { Configurator } from './configurator';
import './configurator.css';

render(<Configurator manifest={manifest} />, document.getElementById('app') as HTMLElement);
