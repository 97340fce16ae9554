// The task pane's start view: choosing a criteria set and a unit's details, creating the form. In English.

import type { paneStart as vi } from '../vi/pane-start';
import type { EnglishOf } from './english-of';

export const paneStart = {
  'pane.start.title': 'Create a self-assessment form',
  'pane.start.intro': 'The active sheet is not a self-assessment form. Choose a criteria set, enter your unit’s information and press “Create form”. If your unit already has a form, open that sheet and press “Refresh”.',
  'pane.start.unknownSet': 'Sheet “{sheet}” is a form of the criteria set “{setId}”, which this add-in does not include.',
  'pane.start.formUnreadable': 'Sheet “{sheet}” looks like a form but could not be read: {detail}',
  'pane.start.yearLabel': 'Year',
  'pane.start.groupLabel': 'Group of units',
  'pane.start.group.so': 'Provincial departments (Sở, ban, ngành)',
  'pane.start.group.huyen': 'District people’s committees (UBND huyện)',
  'pane.start.group.xa': 'Commune people’s committees (UBND xã)',
  'pane.start.setSummary': '{formName} — up to {max} points',
  'pane.start.unitInfoTitle': 'Unit information',
  'pane.start.createForm': 'Create form',
  'pane.start.creating': 'Creating the form in the workbook…',
  'pane.start.createFailed': 'Could not create the form: {detail}',
  'pane.start.fixUnitInfo': 'Complete or correct the marked information before creating the form.',
  'pane.start.sheetExists': 'The workbook already has a sheet “{name}”. Creating the form again replaces everything on that sheet.',
  'pane.start.replaceSheet': 'Replace the sheet',
} as const satisfies EnglishOf<typeof vi>;
