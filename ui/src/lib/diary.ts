// Words for the pain diary's optional answers: the context tags, and the
// compact line an entry shows. They repeat what the person chose; nothing
// here interprets a number.
import { t } from './i18n';
import type { PainEntry, PainTag } from './ipc';

/** In relief-core's `PainTag::ALL` order. */
export const PAIN_TAGS: readonly PainTag[] = ['morning', 'afterExercise', 'work', 'sleep'];

const TAG_IDS: Record<PainTag, string> = {
  morning: 'diary-tag-morning',
  afterExercise: 'diary-tag-afterExercise',
  work: 'diary-tag-work',
  sleep: 'diary-tag-sleep',
};

export function tagLabel(tag: PainTag): string {
  return t(TAG_IDS[tag]);
}

/** The answers beyond the score, each as a short phrase, in the form's order. */
export function diaryDetails(entry: PainEntry): string[] {
  const parts: string[] = [];
  if (entry.worst24h != null) parts.push(t('diary-shown-worst', { score: entry.worst24h }));
  if (entry.average24h != null) parts.push(t('diary-shown-average', { score: entry.average24h }));
  if (entry.interference != null) parts.push(t('diary-shown-interference', { score: entry.interference }));
  return parts;
}

/** "Marked: Morning, After exercise", or '' with no tags. */
export function diaryTags(entry: PainEntry): string {
  const tags = entry.tags ?? [];
  return tags.length > 0 ? t('diary-shown-tags', { tags: tags.map(tagLabel).join(', ') }) : '';
}
