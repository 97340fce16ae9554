// The task pane's entry steps: general information, one criterion at a time, inputs and hints. In English.

import type { paneEntry as vi } from '../vi/pane-entry';
import type { EnglishOf } from './english-of';

export const paneEntry = {
  'pane.entry.generalHeading': 'General information',
  'pane.entry.criterionHeading': 'Criterion {code}',
  'pane.entry.sectionCaption': 'Section {code}. {name}',
  'pane.entry.guidanceLabel': 'How it is scored',
  'pane.entry.pointsLabel': 'Self-assessed points (from the sheet)',
  'pane.entry.pointsOfMax': '{points} / {max} points',
  'pane.entry.unitHint': 'Unit: {unit}',
  'pane.entry.boundsBetween': 'from {min} to {max}',
  'pane.entry.boundsAtLeast': '{min} or more',
  'pane.entry.boundsAtMost': 'at most {max}',
  'pane.entry.percentHint': 'enter a percentage: 85, 85 % or 0.85 all mean 85 %',
  'pane.entry.wholeHint': 'whole number',
  'pane.entry.yes': 'Yes (Có)',
  'pane.entry.no': 'No (Không)',
  'pane.entry.choosePlaceholder': 'Choose an option',
  'pane.entry.notANumber': 'Enter a number (for example 12 or 12.5).',
  'pane.entry.notADate': 'Not a valid date: type day/month/year, e.g. 28/09/2018.',
  'pane.entry.evidenceLabel': 'Evidence (Tài liệu kiểm chứng)',
  'pane.entry.evidenceHint': 'Number, code and date of the document, or a link to it.',
  'pane.entry.evidenceRequiredHint': 'Required when the criterion scores. Number, code and date of the document, or a link to it.',
  'pane.entry.noteLabel': 'Note',
  'pane.entry.noFields': 'This criterion is computed from other values; nothing to enter.',
  'pane.entry.previous': 'Previous',
  'pane.entry.next': 'Next',
  'pane.entry.previousLabel': 'Previous step (Alt+Left arrow)',
  'pane.entry.nextLabel': 'Next step (Alt+Right arrow)',
  'pane.entry.stepPosition': 'Step {index}/{count}',
  'pane.entry.saving': 'Saving…',
} as const satisfies EnglishOf<typeof vi>;
