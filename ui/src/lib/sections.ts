// The app's sections, in navigation order.
import { t } from './i18n';

export type SectionId =
  | 'today'
  | 'learn'
  | 'routine'
  | 'reminders'
  | 'progress'
  | 'export'
  | 'settings';

export interface Section {
  id: SectionId;
  label: () => string;
}

export const SECTIONS: readonly Section[] = [
  { id: 'today', label: () => t('nav-today') },
  { id: 'learn', label: () => t('nav-learn') },
  { id: 'routine', label: () => t('nav-routine') },
  { id: 'reminders', label: () => t('nav-reminders') },
  { id: 'progress', label: () => t('nav-progress') },
  { id: 'export', label: () => t('nav-export') },
  { id: 'settings', label: () => t('nav-settings') },
];
