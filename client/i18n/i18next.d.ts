import 'i18next';
import type de from './de.json';

// Message keys are checked at compile time against the German file, the one every key starts in.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof de };
  }
}
