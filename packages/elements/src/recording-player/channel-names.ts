import type { RecordingChannel } from '@conversations-kit/sdk';
import type { Messages } from '../i18n/messages.js';

/** "Customer" / "Agent · Sam Ortiz": a channel's label from the catalogue, with who speaks on it when known. */
export function channelName(channel: RecordingChannel, t: Messages): string {
  const key = `recordingChannel_${channel.label}` as const;
  const label = (t[key] as string | undefined) ?? channel.label;
  return channel.speaker ? t.recordingChannelWithSpeaker(label, channel.speaker) : label;
}
