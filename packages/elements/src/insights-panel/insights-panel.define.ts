import { InsightsPanel } from './insights-panel.js';
import { definePanelParts } from './parts.js';

definePanelParts();
if (!customElements.get('insights-panel')) customElements.define('insights-panel', InsightsPanel);
