import '../sip-flow-diagram/sip-flow-diagram.define.js';
import '../qos-chart/qos-chart.define.js';
import '../call-participants/call-participants.define.js';
import { ConversationDiagnostics } from './conversation-diagnostics.js';

if (!customElements.get('conversation-diagnostics')) customElements.define('conversation-diagnostics', ConversationDiagnostics);
