import { SipFlowDiagram } from './sip-flow-diagram.js';

if (!customElements.get('sip-flow-diagram')) customElements.define('sip-flow-diagram', SipFlowDiagram);
