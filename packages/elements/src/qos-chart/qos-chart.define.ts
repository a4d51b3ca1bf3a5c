import { QosChart } from './qos-chart.js';

if (!customElements.get('qos-chart')) customElements.define('qos-chart', QosChart);
