// The words each drawing shows or speaks, so search and the readability test
// read them along with the page they sit on.
import type { DrawingId } from '../topics';

export const DRAWING_MESSAGES: Record<DrawingId, string[]> = {
  vertebra: [
    'learn-drawing-vertebra-title',
    'learn-drawing-vertebra-desc',
    'learn-drawing-vertebra-caption',
    'learn-drawing-bone',
    'learn-drawing-facet',
    'learn-drawing-nerve',
    'learn-drawing-spinous',
  ],
  needle: [
    'learn-drawing-needle-title',
    'learn-drawing-needle-desc',
    'learn-drawing-needle-caption',
    'learn-drawing-needle',
    'learn-drawing-tip',
    'learn-drawing-nerve',
    'learn-drawing-facet',
  ],
};
