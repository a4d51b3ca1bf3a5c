/** Fixed catalogues of the demo contact centre: agents, queues, skills, dispositions, campaigns, names. */

export type Language = 'en-US' | 'es-ES' | 'de-DE' | 'fr-FR' | 'hi-IN' | 'ar-SA';
export const LANGUAGES: readonly Language[] = ['en-US', 'es-ES', 'de-DE', 'fr-FR', 'hi-IN', 'ar-SA'];

export interface Agent {
  id: string;
  name: string;
  kind: 'human' | 'ai';
  languages: Language[];
}

const human = (id: string, name: string, languages: Language[] = ['en-US']): Agent => ({ id, name, kind: 'human', languages });
const ai = (id: string, name: string): Agent => ({ id, name, kind: 'ai', languages: [...LANGUAGES] });

export const AGENTS: readonly Agent[] = [
  ai('agt_ai_aria', 'Aria (AI Agent)'),
  ai('agt_ai_nova', 'Nova (AI Agent)'),
  ai('agt_ai_atlas', 'Atlas Billing Assistant'),
  ai('agt_ai_orbit', 'Orbit Tech Support Bot'),
  ai('agt_ai_echo', 'Echo Outreach Assistant'),
  human('agt_h_001', 'Priya Raman', ['en-US', 'hi-IN']),
  human('agt_h_002', 'Marcus Johnson'),
  human('agt_h_003', 'Elena García', ['en-US', 'es-ES']),
  human('agt_h_004', 'Tomás Herrera', ['es-ES']),
  human('agt_h_005', 'Sophie Martin', ['fr-FR', 'en-US']),
  human('agt_h_006', 'Lukas Becker', ['de-DE', 'en-US']),
  human('agt_h_007', 'Hannah Schmidt', ['de-DE']),
  human('agt_h_008', 'Omar Haddad', ['ar-SA', 'en-US']),
  human('agt_h_009', 'Layla Al-Sayed', ['ar-SA']),
  human('agt_h_010', 'Rahul Verma', ['hi-IN', 'en-US']),
  human('agt_h_011', 'Jessica Chen'),
  human('agt_h_012', 'David Okafor'),
  human('agt_h_013', 'Emily Carter'),
  human('agt_h_014', 'Michael Brown'),
  human('agt_h_015', 'Aisha Thompson'),
  human('agt_h_016', 'Kevin Nguyen'),
  human('agt_h_017', 'Rachel Adams'),
  human('agt_h_018', 'Daniel Kim'),
  human('agt_h_019', 'Lucía Fernández', ['es-ES', 'en-US']),
  human('agt_h_020', 'Camille Dubois', ['fr-FR']),
  human('agt_h_021', 'Jonas Weber', ['de-DE']),
  human('agt_h_022', 'Brian O’Connell'),
  human('agt_h_023', 'Natalie Rossi'),
  human('agt_h_024', 'Samuel Green'),
];

export const AI_AGENTS = AGENTS.filter((a) => a.kind === 'ai');
export const HUMAN_AGENTS = AGENTS.filter((a) => a.kind === 'human');
export const AGENT_BY_ID = new Map(AGENTS.map((a) => [a.id, a]));

/** Supervisors whisper to agents and join conversations; they are users, not agents. */
export const SUPERVISORS = [
  { id: 'usr_sup_01', name: 'Grace Whitfield' },
  { id: 'usr_sup_02', name: 'Victor Alvarez' },
  { id: 'usr_sup_03', name: 'Mei Tanaka' },
] as const;

export interface Queue {
  id: string;
  name: string;
}

export const QUEUES: readonly Queue[] = [
  { id: 'q_general', name: 'General Support' },
  { id: 'q_billing', name: 'Billing' },
  { id: 'q_tech', name: 'Technical Support' },
  { id: 'q_sales', name: 'Sales' },
  { id: 'q_retention', name: 'Retention' },
  { id: 'q_orders', name: 'Orders & Delivery' },
  { id: 'q_fraud', name: 'Fraud & Security' },
  { id: 'q_claims', name: 'Claims' },
  { id: 'q_spanish', name: 'Spanish Support' },
  { id: 'q_emea', name: 'EMEA Support' },
  { id: 'q_priority', name: 'Priority Care' },
  { id: 'q_escalations', name: 'Escalations' },
];
export const QUEUE_BY_ID = new Map(QUEUES.map((q) => [q.id, q]));

export const SKILLS = [
  'billing', 'payments', 'technical', 'networking', 'sales', 'retention', 'orders', 'fraud', 'claims',
  'tier2', 'vip', 'english', 'spanish', 'german', 'french', 'hindi', 'arabic',
] as const;

export const LANGUAGE_SKILL: Record<Language, string> = {
  'en-US': 'english', 'es-ES': 'spanish', 'de-DE': 'german', 'fr-FR': 'french', 'hi-IN': 'hindi', 'ar-SA': 'arabic',
};

export interface DispositionCode {
  code: string;
  label: string;
}

export const DISPOSITIONS: readonly DispositionCode[] = [
  { code: 'resolved', label: 'Resolved' },
  { code: 'resolved_first_contact', label: 'Resolved on first contact' },
  { code: 'follow_up', label: 'Follow-up required' },
  { code: 'escalated', label: 'Escalated to tier 2' },
  { code: 'refund_issued', label: 'Refund issued' },
  { code: 'callback_scheduled', label: 'Callback scheduled' },
  { code: 'information_provided', label: 'Information provided' },
  { code: 'technical_ticket', label: 'Technical ticket opened' },
  { code: 'sale_completed', label: 'Sale completed' },
  { code: 'cancellation_saved', label: 'Cancellation saved' },
  { code: 'cancelled', label: 'Service cancelled' },
  { code: 'fraud_reported', label: 'Fraud reported' },
  { code: 'no_resolution', label: 'No resolution' },
  { code: 'wrong_number', label: 'Wrong number' },
  { code: 'customer_unreachable', label: 'Customer unreachable' },
];
export const DISPOSITION_BY_CODE = new Map(DISPOSITIONS.map((d) => [d.code, d]));

export const CAMPAIGNS = [
  { id: 'cmp_renewal', name: 'Contract Renewal Reminder' },
  { id: 'cmp_overdue', name: 'Overdue Payment Outreach' },
  { id: 'cmp_survey', name: 'Post-Install Satisfaction Survey' },
  { id: 'cmp_appointment', name: 'Technician Appointment Confirmation' },
] as const;

export const CUSTOM_TAGS: Record<string, readonly string[]> = {
  tier: ['gold', 'silver', 'bronze', 'platinum'],
  region: ['north-east', 'south-east', 'midwest', 'west', 'emea', 'apac'],
  product: ['fiber-1000', 'fiber-500', 'mobile-unlimited', 'mobile-basic', 'tv-premium', 'home-security'],
  priority: ['high', 'normal', 'low'],
  source: ['website', 'mobile-app', 'ivr', 'email-campaign'],
};

export const SESSION_TAGS = ['first-contact', 'repeat-caller', 'after-hours', 'callback', 'vip-route', 'survey-offered'];
export const USER_TAGS = ['long-tenure', 'new-customer', 'at-risk', 'high-value', 'paperless', 'autopay'];

export const BRAND = 'Northwind Connect';
export const BRAND_DOMAIN = 'northwind-connect.com';

const FIRST_NAMES: Record<Language, readonly string[]> = {
  'en-US': ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth', 'David', 'Barbara', 'Chris', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Anthony', 'Nancy', 'Mark', 'Lisa', 'Steven', 'Ashley', 'Andrew', 'Kimberly', 'Joshua', 'Emily', 'Ryan', 'Megan', 'Tyler', 'Olivia', 'Brandon', 'Grace'],
  'es-ES': ['Alejandro', 'Lucía', 'Pablo', 'María', 'Javier', 'Carmen', 'Sergio', 'Laura', 'Diego', 'Marta', 'Álvaro', 'Paula', 'Raúl', 'Elena', 'Andrés', 'Sofía'],
  'de-DE': ['Maximilian', 'Anna', 'Felix', 'Lea', 'Leon', 'Laura', 'Paul', 'Julia', 'Jonas', 'Katharina', 'Tobias', 'Sabine', 'Florian', 'Monika', 'Stefan', 'Petra'],
  'fr-FR': ['Louis', 'Chloé', 'Hugo', 'Manon', 'Lucas', 'Camille', 'Théo', 'Léa', 'Nathan', 'Inès', 'Julien', 'Sarah', 'Antoine', 'Claire', 'Mathieu', 'Élodie'],
  'hi-IN': ['Aarav', 'Ananya', 'Vivaan', 'Diya', 'Arjun', 'Isha', 'Rohan', 'Kavya', 'Aditya', 'Meera', 'Karan', 'Pooja', 'Sanjay', 'Neha', 'Vikram', 'Shreya'],
  'ar-SA': ['Mohammed', 'Fatimah', 'Abdullah', 'Noura', 'Khalid', 'Sara', 'Faisal', 'Reem', 'Saud', 'Hessa', 'Turki', 'Lama', 'Nasser', 'Amal', 'Yousef', 'Dana'],
};

const LAST_NAMES: Record<Language, readonly string[]> = {
  'en-US': ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Lopez', 'Hill', 'Scott', 'Green', 'Baker', 'Patel', 'Nguyen'],
  'es-ES': ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Álvarez'],
  'de-DE': ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz'],
  'fr-FR': ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Fournier'],
  'hi-IN': ['Sharma', 'Verma', 'Gupta', 'Singh', 'Kumar', 'Patel', 'Reddy', 'Iyer', 'Nair', 'Joshi', 'Mehta', 'Chopra', 'Malhotra', 'Bose', 'Rao', 'Desai'],
  'ar-SA': ['Al-Qahtani', 'Al-Otaibi', 'Al-Ghamdi', 'Al-Harbi', 'Al-Zahrani', 'Al-Dosari', 'Al-Shehri', 'Al-Mutairi', 'Al-Anazi', 'Al-Shammari', 'Al-Subaie', 'Al-Malki', 'Al-Juhani', 'Al-Rashid', 'Al-Amri', 'Al-Faisal'],
};

const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.com'];

const PHONE_PREFIX: Record<Language, string> = {
  'en-US': '+1', 'es-ES': '+34', 'de-DE': '+49', 'fr-FR': '+33', 'hi-IN': '+91', 'ar-SA': '+966',
};

/** Contact-centre numbers customers call, per language market. */
export const CENTRE_NUMBERS: Record<Language, string> = {
  'en-US': '+18005550142', 'es-ES': '+34910555014', 'de-DE': '+4930555014', 'fr-FR': '+33155501420', 'hi-IN': '+918005550142', 'ar-SA': '+966115550142',
};

export interface CustomerIdentity {
  name: string;
  firstName: string;
  phone: string;
  email: string;
}

/** A customer identity drawn from the language's name pool. */
export function makeCustomer(pick: <T>(items: readonly T[]) => T, digits: () => string, language: Language): CustomerIdentity {
  const firstName = pick(FIRST_NAMES[language]);
  const lastName = pick(LAST_NAMES[language]);
  const local = `${ascii(firstName)}.${ascii(lastName)}`.toLowerCase().replace(/[^a-z.]/g, '');
  return {
    name: `${firstName} ${lastName}`,
    firstName,
    phone: `${PHONE_PREFIX[language]}${digits()}`,
    email: `${local}${digits().slice(-2)}@${pick(EMAIL_DOMAINS)}`,
  };
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
