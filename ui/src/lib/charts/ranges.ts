// The ranges' words, shared by the range choice and every summary.
import { t } from '../i18n';
import type { ProgressRange } from '../ipc/bindings/ProgressRange';

/** "over these 3 months", for the end of a summary sentence. */
export function overRange(range: ProgressRange): string {
  switch (range) {
    case '4w':
      return t('progress-over-4w');
    case '3m':
      return t('progress-over-3m');
    case '12m':
      return t('progress-over-12m');
    case 'all':
      return t('progress-over-all');
  }
}
