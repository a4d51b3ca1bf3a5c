import { RecordingPlayer } from './recording-player.js';

if (!customElements.get('recording-player')) customElements.define('recording-player', RecordingPlayer);
