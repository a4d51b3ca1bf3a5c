import type { LanguagePack } from './types.js';

export const en: LanguagePack = {
  greetingAi: [
    'Thank you for calling {brand}. This is {ai}, your virtual assistant. How can I help you today?',
    'Hi, you have reached {brand}. I am {ai}, an automated assistant, and I can help with billing, orders and technical issues. What can I do for you?',
    'Welcome to {brand} support. I am {ai}. Please tell me in a few words why you are calling.',
  ],
  greetingHuman: [
    'Thank you for calling {brand}, my name is {agent}. How can I help you today?',
    '{brand} customer care, this is {agent} speaking. What can I do for you?',
    'Hi there, you are through to {agent} at {brand}. How can I help?',
  ],
  greetingChat: [
    'Hi! I am {ai}, the {brand} assistant. What can I help you with today?',
    'Hello and welcome to {brand} chat. How can I help?',
    'Hi, thanks for reaching out to {brand}. What brings you here today?',
  ],
  outboundOpening: [
    'Hello, this is {ai} calling from {brand} about your account. Is now a good time to talk for a couple of minutes?',
    'Hi, I am calling from {brand} regarding a recent notice on your account. Do you have a moment?',
  ],
  outboundReply: [
    'Yes, I have a few minutes. What is this about?',
    'Sure, go ahead.',
    'I am driving, but okay, make it quick please.',
  ],
  verifyAsk: [
    'Before we continue, can you confirm the email address on the account?',
    'For security, could you please give me the phone number linked to your account?',
    'I just need to verify your identity. Can you tell me your date of birth?',
    'Could you confirm the account number, please? You will find it at the top of your bill.',
  ],
  verifyAnswer: [
    'Sure, it is {pii:EMAIL}.',
    'The number is {pii:PHONE}.',
    'My date of birth is {pii:DOB}.',
    'The account number is {pii:ACCOUNT}.',
    'Yes, it should be {pii:EMAIL}, I think that is the one I used.',
  ],
  verifyDone: [
    'Thank you, you are verified.',
    'Perfect, I found your account.',
    'Thanks, that matches what we have on file.',
  ],
  transferToAgent: [
    'I understand. Let me connect you with a specialist who can take care of this for you. Please stay on the line.',
    'This needs one of our agents. I am transferring you now, it should only take a moment.',
    'I will pass you to a member of our team who can look into this further. Thank you for your patience.',
  ],
  humanPickup: [
    'Hi, this is {agent}. I can see you have been talking with our assistant about {topic}. Let me take a look.',
    'Hello, {agent} here. Thanks for waiting. I have the notes about {topic} in front of me.',
    'Hi, my name is {agent} and I will be helping you with {topic} today.',
  ],
  transferBack: [
    'I am going to transfer you back to our automated assistant to complete a short survey. Have a great day.',
    'I will hand you back to {ai} to confirm the details by text message. Thanks for calling.',
  ],
  holdAsk: [
    'Would you mind if I place you on a brief hold while I check this with the billing team?',
    'Let me put you on hold for a minute while I look into the order history.',
    'I need to check something with my supervisor. Can I put you on hold for a moment?',
  ],
  holdBack: [
    'Thank you for holding. I have an update for you.',
    'Thanks for waiting, I appreciate your patience.',
    'Sorry that took a little longer than expected. Here is what I found.',
  ],
  noInputPrompts: [
    'Sorry, I did not hear anything. Are you still there?',
    'I still cannot hear you. If you are speaking, please try moving closer to the phone.',
    'I have not heard a response, so I am going to end the call now. Please call us back any time.',
  ],
  whispers: [
    'Offer the loyalty credit if they mention cancelling.',
    'Check whether the outage ticket in their area is still open before promising a date.',
    'You can waive the late fee on this account, it is their first one.',
    'Remember to confirm the callback number before you close.',
    'Keep it short, the queue is building up.',
  ],
  anythingElse: [
    'Is there anything else I can help you with today?',
    'Can I help you with anything else?',
    'Is there anything more I can do for you?',
  ],
  nothingElse: [
    'No, that is everything. Thank you.',
    'No, that was it. Thanks for your help.',
    'That is all for today, thanks.',
  ],
  closing: [
    'Thank you for contacting {brand}. Have a great day!',
    'You are welcome. Thanks for choosing {brand}, goodbye.',
    'Glad I could help. Take care!',
  ],
  surveyPrompt: [
    'Before you go, on a scale of one to five, how satisfied were you with the help you received today?',
    'Please stay on the line to rate this call from one to five.',
  ],
  emailGreeting: ['Hello,', 'Hi there,', 'Dear {brand} support team,', 'Good morning,'],
  emailSignoffCustomer: ['Thanks,\n{firstName}', 'Best regards,\n{firstName}', 'Kind regards,\n{firstName}', 'Cheers,\n{firstName}'],
  emailSignoffAgent: [
    'Kind regards,\n{agent}\n{brand} Customer Care',
    'Best wishes,\n{agent}\n{brand} Support',
  ],
  emailFollowUp: [
    'Hi again, just following up on my email below as I have not heard back yet. Could someone please take a look?',
    'Thanks for the quick reply. I have one more question: will this show up on my next statement?',
  ],
  llmErrors: [
    'Realtime session closed by the provider: rate_limit_exceeded',
    'Upstream model returned 503 Service Unavailable',
    'Realtime API error: server_error (The server had an error while processing your request)',
    'Connection to the realtime voice API timed out after 30 seconds',
  ],
  intents: [
    {
      id: 'billing_double_charge',
      topic: 'the double charge on your bill',
      queue: 'q_billing',
      skills: ['billing', 'payments'],
      dispositions: ['refund_issued', 'resolved', 'follow_up'],
      emailSubjects: ['Charged twice this month', 'Duplicate payment on my account', 'Please refund double charge'],
      opening: [
        'Hi, I was charged twice for my {month} bill and I need one of the payments refunded.',
        'I just checked my bank statement and you took {amount} out of my account two times.',
        'There are two identical payments of {amount} on my card for the same invoice.',
      ],
      steps: [
        {
          agent: ['I am sorry about that. Can you tell me the date of the payments?', 'I can look into that. When did you notice the second charge?'],
          customer: ['Both went out on {date}.', 'I saw it this morning, both are dated {date}.', 'The first one on {date} and then again the next day.'],
        },
        {
          agent: ['I can see both payments of {amount} on your account. The second one was taken by the automatic payment after you had already paid online.', 'You are right, the autopay ran even though the invoice was already settled.'],
          customer: ['So can you send the money back? I really need it before the weekend.', 'Okay, that makes sense. How long does a refund take?'],
        },
        {
          agent: ['I have issued a refund of {amount} to the card ending in {pii:CARD}. It usually shows up within {days} business days.', 'The refund is on its way. You will see it within {days} working days, and I have added a note so autopay skips the next cycle.'],
          customer: ['Great, thank you. Will I get a confirmation email?', 'Perfect. And this will not happen again next month?'],
        },
      ],
      resolution: ['Yes, a confirmation is on its way to your inbox, and the reference number is {ticket}.', 'I have also switched off the duplicate payment method, so it will not happen again.'],
      thanks: ['Thanks a lot, that is a relief.', 'Great, I appreciate it.'],
      notes: ['Duplicate autopay charge of {amount}. Refund issued, ref {ticket}.', 'Customer double billed on {date}; refunded and autopay method cleaned up.'],
    },
    {
      id: 'internet_outage',
      topic: 'your internet connection',
      queue: 'q_tech',
      skills: ['technical', 'networking'],
      dispositions: ['technical_ticket', 'resolved', 'callback_scheduled'],
      emailSubjects: ['Internet down since yesterday', 'No connection at home', 'Wi-Fi keeps dropping'],
      opening: [
        'My internet has been down since last night and I work from home, so this is really urgent.',
        'The Wi-Fi keeps dropping every few minutes and the router light is blinking red.',
        'I am paying for {speed} but I am getting almost nothing, the speed test shows two megabits.',
      ],
      steps: [
        {
          agent: ['I am sorry to hear that. Have you tried restarting the router by unplugging it for thirty seconds?', 'Let me run a line test. Can you tell me what colour the lights on the router are?'],
          customer: ['Yes, I restarted it twice already, nothing changed.', 'The power light is green but the internet light is blinking orange.', 'I did that this morning and it worked for ten minutes, then it dropped again.'],
        },
        {
          agent: ['Thanks. I can see there is a network fault in your area affecting several customers. Our engineers are already working on it.', 'The line test shows a lot of noise on the connection, so this looks like a fault outside your home.'],
          customer: ['Do you know how long it will take to fix?', 'So it is not my equipment then? What happens now?'],
        },
        {
          agent: ['The current estimate is that service will be back by {date}. I have opened ticket {ticket} so you get a text when it is fixed.', 'I have booked a technician for {date} between eight and twelve, and the ticket number is {ticket}.'],
          customer: ['Okay. Can I get some credit for the days without service?', 'Fine, that works. Will they need to come inside?'],
        },
      ],
      resolution: ['Yes, I have applied a credit of {amount} for the outage, it will appear on your next bill.', 'The technician may need to check the socket inside, so please make sure someone is home.'],
      thanks: ['Alright, thank you for sorting that out.', 'Okay, thanks for the help.'],
      notes: ['Area outage confirmed, ticket {ticket}. Credit {amount} applied.', 'Line test failed, engineer visit booked for {date}.'],
    },
    {
      id: 'order_status',
      topic: 'your late delivery',
      queue: 'q_orders',
      skills: ['orders'],
      dispositions: ['information_provided', 'resolved', 'follow_up'],
      emailSubjects: ['Where is my order?', 'Order {order} not delivered', 'Delivery delayed again'],
      opening: [
        'I ordered a new {device} over a week ago and it still has not arrived.',
        'The tracking for order {order} has said out for delivery for three days now.',
        'I am calling about my order, it was supposed to arrive on {date} but nothing came.',
      ],
      steps: [
        {
          agent: ['I can help you track that down. Do you have the order number?', 'Sorry about the wait. Could you give me the order number so I can check the shipment?'],
          customer: ['Yes, it is {order}.', 'Sure, the order number is {order}.', 'I have the email here, it says {order}.'],
        },
        {
          agent: ['Thanks. I can see the courier tried to deliver it on {date} but could not access the building.', 'It looks like the parcel was held at the local depot because the address label was damaged.'],
          customer: ['Nobody rang the bell, I was home all day.', 'That is frustrating. Can you get it delivered tomorrow?'],
        },
        {
          agent: ['I have asked the courier to redeliver it on {date} and upgraded it to express at no cost. The delivery address on file is {pii:ADDRESS}, is that still correct?', 'I have raised a redelivery request and you will get a tracking link by text message.'],
          customer: ['Yes, that is the right address.', 'Okay, as long as it comes this time.'],
        },
      ],
      resolution: ['Everything is set. You will receive a text message with a one-hour delivery window on the day.', 'Your redelivery reference is {ticket}, and if it does not arrive we will send a replacement right away.'],
      thanks: ['Thanks, I will keep an eye out for it.', 'Okay, thank you very much.'],
      notes: ['Failed delivery for order {order}; redelivery booked for {date}, upgraded to express.', 'Parcel held at depot, redelivery ref {ticket}.'],
    },
    {
      id: 'cancel_subscription',
      topic: 'cancelling your plan',
      queue: 'q_retention',
      skills: ['retention'],
      dispositions: ['cancellation_saved', 'cancelled', 'follow_up'],
      emailSubjects: ['Cancel my subscription', 'Request to end contract', 'Cancellation request'],
      opening: [
        'I would like to cancel my subscription, I am moving abroad next month.',
        'I want to cancel. I found a cheaper offer with another provider.',
        'Hi, I need to end my contract. The price went up again and I cannot afford it.',
      ],
      steps: [
        {
          agent: ['I am sorry to hear you want to leave. May I ask what is the main reason?', 'I can help with that. Before I process it, can I ask why you are thinking of cancelling?'],
          customer: ['Honestly it is the price. I am paying {amount} a month now.', 'The other company offers the same speed for much less.', 'I am moving and I will not need it anymore.'],
        },
        {
          agent: ['I understand. I can offer you our loyalty discount, which brings your bill down to {amount} for the next twelve months.', 'Since you have been with us for a long time, I can switch you to the {plan} plan with the same speed for less.'],
          customer: ['Hmm, that is actually better than the other offer. Is there a new contract?', 'No, thank you. I have made up my mind.'],
        },
      ],
      resolution: ['I have applied the offer, and there is no new minimum term. You will see the change on your next bill.', 'Understood. I have scheduled the cancellation for {date}, and you will receive a prepaid box for returning the router.'],
      thanks: ['Okay, thank you for being so helpful.', 'Alright, thanks.'],
      notes: ['Customer wanted to cancel over price; loyalty discount accepted.', 'Cancellation processed for {date}, return box sent. Reason: moving abroad.'],
    },
    {
      id: 'password_reset',
      topic: 'getting back into your account',
      queue: 'q_general',
      skills: ['technical'],
      dispositions: ['resolved', 'resolved_first_contact', 'information_provided'],
      emailSubjects: ['Cannot log in to my account', 'Password reset email not arriving', 'Locked out of the app'],
      opening: [
        'I cannot log in to the app, it keeps saying my password is wrong.',
        'I have requested a password reset three times but the email never arrives.',
        'My account got locked after too many attempts and I need to pay my bill today.',
      ],
      steps: [
        {
          agent: ['I can help you reset it. Can you check your spam or junk folder for an email from us?', 'No problem. Which email address did you use to register?'],
          customer: ['I checked, there is nothing there.', 'I used {pii:EMAIL}, but I also have an old work address.', 'It is not in spam either.'],
        },
        {
          agent: ['I see the account was registered with a different address. I have unlocked it and sent a new reset link by text message to the number ending in {last4}.', 'Your account was locked for security. I have unlocked it and sent a one-time code to your phone.'],
          customer: ['Got it, I just received the text.', 'Okay, it came through. Let me try now.'],
        },
      ],
      resolution: ['Great, once you set the new password you will be able to log in straight away.', 'You should be able to log in now. I recommend turning on two-step verification in the app settings.'],
      thanks: ['It worked, I am in. Thank you!', 'Perfect, that fixed it.'],
      notes: ['Account locked after failed logins; unlocked and reset link sent by SMS.', 'Reset emails going to old address; updated contact email.'],
    },
    {
      id: 'plan_upgrade',
      topic: 'upgrading your plan',
      queue: 'q_sales',
      skills: ['sales'],
      dispositions: ['sale_completed', 'information_provided', 'callback_scheduled'],
      emailSubjects: ['Upgrade options', 'Question about faster plans', 'Adding a mobile line'],
      opening: [
        'I would like to upgrade to a faster plan, we have a lot more people working from home now.',
        'Can I add a second mobile line for my daughter to my account?',
        'I saw an offer for {plan} on your website. Am I eligible for that?',
      ],
      steps: [
        {
          agent: ['Of course. You are currently on the {speed} plan. The {plan} plan would give you more than double the speed for {amount} a month.', 'Yes, you are eligible. Adding a line costs {amount} a month and includes unlimited data.'],
          customer: ['That sounds good. Is there an installation fee?', 'Okay, and is there a contract for that?'],
        },
        {
          agent: ['There is no installation fee, the upgrade happens remotely within twenty-four hours.', 'It is a twelve-month agreement, but you can cancel in the first thirty days without any charge.'],
          customer: ['Great, let us do it.', 'Alright, please go ahead and set it up.'],
        },
      ],
      resolution: ['Done. The upgrade is scheduled for {date}, and you will get a confirmation with the new monthly price.', 'The new line is active. The SIM card will arrive by post within three days.'],
      thanks: ['Brilliant, thank you.', 'Thanks, that was easy.'],
      notes: ['Upgraded to {plan} at {amount} per month, effective {date}.', 'Added second mobile line; SIM posted.'],
    },
    {
      id: 'lost_card_fraud',
      topic: 'the suspicious transactions',
      queue: 'q_fraud',
      skills: ['fraud', 'tier2'],
      dispositions: ['fraud_reported', 'escalated', 'resolved'],
      emailSubjects: ['Payments I did not make', 'Suspicious activity on my account', 'Someone changed my account details'],
      opening: [
        'There are charges on my account that I did not make, somebody ordered two phones in my name.',
        'I got an email saying my account password was changed but I did not do that.',
        'I think my account has been hacked, there is a new device registered that is not mine.',
      ],
      steps: [
        {
          agent: ['I am sorry, that sounds worrying. I am going to secure the account first. Can you confirm the last payment you made yourself?', 'Let us make your account safe right away. When did you last log in?'],
          customer: ['I paid my bill of {amount} on {date}, that was the last thing I did.', 'I logged in last week, everything looked normal then.'],
        },
        {
          agent: ['Thank you. I have blocked the two orders, signed out every device and reset your password. A fraud case has been opened under {ticket}.', 'I can see a login from an unknown device on {date}. I have locked it out and flagged the account for our fraud team.'],
          customer: ['Will I have to pay for those phones?', 'What should I do now?'],
        },
      ],
      resolution: ['No, you will not be charged for anything you did not authorise. Our fraud team will contact you within forty-eight hours.', 'Please change the password on your email account too, and our fraud team will follow up with you by phone.'],
      thanks: ['Thank you, I feel better now.', 'Okay, thanks for acting so quickly.'],
      notes: ['Account takeover suspected; orders blocked, sessions revoked, fraud case {ticket}.', 'Unauthorised device login on {date}; escalated to fraud team.'],
    },
    {
      id: 'change_address',
      topic: 'moving your service',
      queue: 'q_general',
      skills: ['orders'],
      dispositions: ['resolved', 'follow_up', 'information_provided'],
      emailSubjects: ['Moving house', 'Change of address', 'Transfer service to new home'],
      opening: [
        'I am moving house on {date} and I want to take my broadband with me.',
        'I need to update my billing address, I moved last month.',
        'Can you move my service to my new flat? I get the keys next week.',
      ],
      steps: [
        {
          agent: ['Congratulations on the move. What is the new address?', 'I can arrange that. Could you give me the full new address, please?'],
          customer: ['It is {pii:ADDRESS}.', 'Sure, the new place is {pii:ADDRESS}.'],
        },
        {
          agent: ['Good news, the same {speed} service is available at the new address. I can schedule the switch for {date}.', 'The new address is covered. There will be a short gap of about a day while the line is connected.'],
          customer: ['That works. Do I need a new router?', 'Okay, that is fine as long as it is working by Monday.'],
        },
      ],
      resolution: ['No, just bring your current router with you and plug it in after {date}.', 'Everything is booked. You will get a reminder the day before with the engineer time slot.'],
      thanks: ['Great, that was easier than I expected.', 'Thanks, that is one less thing to worry about.'],
      notes: ['Home move booked for {date}, same plan, existing router.', 'Billing address updated after move.'],
    },
    {
      id: 'roaming_charges',
      topic: 'the roaming charges',
      queue: 'q_billing',
      skills: ['billing'],
      dispositions: ['refund_issued', 'information_provided', 'no_resolution'],
      emailSubjects: ['High roaming bill', 'Unexpected charges after holiday', 'Question about roaming'],
      opening: [
        'My last bill is {amount}, which is way more than usual. I think it is roaming from my trip.',
        'I was travelling last month and got charged for data even though I had a travel pass.',
      ],
      steps: [
        {
          agent: ['Let me check the usage. I can see data charges from {date} while you were abroad.', 'I see a travel pass on the account, but it expired two days before those charges.'],
          customer: ['Nobody told me it would expire. I did not get any warning text.', 'I was sure it covered the whole trip.'],
        },
        {
          agent: ['You are right, the warning message was not sent. As a one-time gesture I can refund {amount} of those charges.', 'Unfortunately the charges are valid, but I can spread the payment over three months if that helps.'],
          customer: ['Okay, that is fair. Thank you.', 'I am not happy about it, but I will take the payment plan.'],
        },
      ],
      resolution: ['The adjustment will show on your next bill. I have also turned on roaming alerts for your number.', 'I have set up the payment plan, and you will get an email with the new amounts.'],
      thanks: ['Thanks for your help.', 'Alright, thank you.'],
      notes: ['Travel pass expired before roaming charges; one-time refund {amount}.', 'Roaming charges valid, 3-month payment plan set up.'],
    },
    {
      id: 'appointment',
      topic: 'your technician appointment',
      queue: 'q_tech',
      skills: ['technical'],
      dispositions: ['callback_scheduled', 'resolved', 'information_provided'],
      emailSubjects: ['Reschedule technician visit', 'Engineer did not show up', 'Appointment confirmation'],
      opening: [
        'I have a technician booked for tomorrow but I need to move it to next week.',
        'The engineer was supposed to come today between eight and twelve and nobody showed up.',
      ],
      steps: [
        {
          agent: ['I can help with that. I have availability on {date} in the morning or the afternoon.', 'I am sorry about that. I can see the visit was cancelled because the engineer was delayed on a previous job.'],
          customer: ['The morning works better for me.', 'Why did nobody call me? I took the day off work.'],
        },
        {
          agent: ['Done, you are booked for {date} between eight and twelve. The technician will call thirty minutes before arriving.', 'I apologise. I have booked the first slot on {date} and added a credit of {amount} for the missed appointment.'],
          customer: ['Perfect.', 'Okay, please make sure they come this time.'],
        },
      ],
      resolution: ['You will receive a text confirmation with the booking reference {ticket}.', 'I have marked it as priority, and you will get a reminder the evening before.'],
      thanks: ['Thank you.', 'Okay, thanks.'],
      notes: ['Technician visit moved to {date}, ref {ticket}.', 'Missed appointment; rebooked first slot and credited {amount}.'],
    },
  ],
};
