import type { Language } from '../catalog.js';
import type { LanguagePack } from './types.js';
import { en } from './en.js';
import { es } from './es.js';
import { de } from './de.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { ar } from './ar.js';

export type { IntentScript, LanguagePack } from './types.js';

export const PACKS: Record<Language, LanguagePack> = {
  'en-US': en, 'es-ES': es, 'de-DE': de, 'fr-FR': fr, 'hi-IN': hi, 'ar-SA': ar,
};
