/** Registers every Conversations Kit element under its standard tag name. Import once per page. */
import './conversations-provider/conversations-provider.define.js';
import './conversations-table/conversations-table.define.js';
import './conversations-search/conversations-search.define.js';
import './conversation-filters/conversation-filters.define.js';
import './insights-panel/insights-panel.define.js';
import './recording-player/recording-player.define.js';
import './conversation-diagnostics/conversation-diagnostics.define.js';
import './sip-flow-diagram/sip-flow-diagram.define.js';
import './qos-chart/qos-chart.define.js';
import './call-participants/call-participants.define.js';
