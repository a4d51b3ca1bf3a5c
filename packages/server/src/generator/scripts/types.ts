/**
 * Conversation scripts: per-language lines with slots. `{slot}` is filled from the conversation;
 * `{pii:ENTITY}` becomes a de-identified span (masked with █, listed in `redactions`).
 */
export interface IntentScript {
  id: string;
  /** Short noun phrase a human agent uses after a transfer ("your double charge"). */
  topic: string;
  queue: string;
  skills: string[];
  dispositions: string[];
  emailSubjects: string[];
  /** The customer's first statement of the problem. */
  opening: string[];
  /** Agent asks/acts, customer answers; one pair is taken per step. */
  steps: { agent: string[]; customer: string[] }[];
  resolution: string[];
  thanks: string[];
  /** Notes an agent typed after the conversation (searched, not spoken). */
  notes: string[];
}

export interface LanguagePack {
  greetingAi: string[];
  greetingHuman: string[];
  greetingChat: string[];
  outboundOpening: string[];
  outboundReply: string[];
  verifyAsk: string[];
  verifyAnswer: string[];
  verifyDone: string[];
  transferToAgent: string[];
  humanPickup: string[];
  transferBack: string[];
  holdAsk: string[];
  holdBack: string[];
  noInputPrompts: string[];
  whispers: string[];
  anythingElse: string[];
  nothingElse: string[];
  closing: string[];
  surveyPrompt: string[];
  emailGreeting: string[];
  emailSignoffCustomer: string[];
  emailSignoffAgent: string[];
  emailFollowUp: string[];
  llmErrors: string[];
  intents: IntentScript[];
}
