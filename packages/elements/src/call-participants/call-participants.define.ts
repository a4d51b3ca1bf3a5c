import { CallParticipants } from './call-participants.js';

if (!customElements.get('call-participants')) customElements.define('call-participants', CallParticipants);
