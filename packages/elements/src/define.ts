/** Registers every Conversations Kit element under its standard tag name. Import once per page. */
import './conversations-provider/conversations-provider.define.js';
import './conversations-table/conversations-table.define.js';
