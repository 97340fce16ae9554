// The consolidation master's messages (src/consolidate: merging, reading an edited master; the
// rank command and the pane's import), in English.

import type { master as vi } from '../vi/master';
import type { EnglishOf } from './english-of';

export const master = {
  'master.accepted': 'Accepted “{unit}”.',
  'master.acceptedUnlisted': 'Accepted “{unit}”: not on the roster, so not ranked until it is accepted into the roster.',
  'master.sameFile': 'File “{file}” was imported before; nothing changed.',
  'master.olderFile': 'Older than the imported file of “{unit}” (“{current}”); the newer one is kept.',
  'master.replaced': 'Replaced the file of “{unit}” (“{current}”) with the newer one.',
  'master.otherSetInGroup': 'File “{file}” rejected: this group is consolidated with criteria set “{current}”, the file uses “{set}”.',
  'master.isMasterFile':
    'it is a master workbook (written by the add-in or the rank command), not a unit’s form; it is not imported.',
  'master.read.sheetRebuilt':
    'Sheet “{sheet}” is no longer in the master; it was rebuilt from what the master holds.',
  'master.read.unitSheetRebuilt':
    'Sheet “{sheet}” of “{unit}” was deleted; it was rebuilt from the data kept at the last write (edits made on the sheet after that are gone).',
  'master.read.unitRowsRebuilt':
    'Sheet “{sheet}” of “{unit}”: the rows of {rows:list} are missing (perhaps deleted); their data was taken from the copy kept at the last write and the sheet rebuilt.',
  'master.read.unitRowsMissing':
    'Sheet “{sheet}” of “{unit}”: the rows of {rows:list} are missing (perhaps deleted) and the master keeps no copy; they are left blank. Import the unit’s file again.',
  'master.read.unitLost':
    '“{unit}” could not be rebuilt: both its sheet and the master’s copy are gone. Import its file “{file}” again.',
  'master.read.appraisalsRestored':
    'Sheet “{sheet}” was deleted; it was rebuilt with the {count} appraisal(s) kept at the last write (edits made after that are gone).',
  'master.read.appraisalOrphan':
    'The appraisal of “{unit}”, criterion {criterion}, matches no unit of the master; it is kept at the end of sheet “{sheet}”.',
  'master.read.appraisalNotNumber':
    'Appraised points “{text}” of “{unit}”, criterion {criterion}, are not a number; the text was moved to the reason column: enter the points again.',
  'master.read.appraisalTwice':
    '“{unit}”, criterion {criterion} has two appraisal rows; the upper one is used, the lower one ignored.',
  'master.read.rosterRestored':
    'Sheet “{sheet}” was deleted; the roster of {count} unit(s) kept at the last write was restored.',
  'master.read.logRestored':
    'Sheet “{sheet}” was deleted; the {count} log line(s) kept at the last write were restored.',
  'master.read.dataUnreadable':
    'The hidden sheet “{sheet}” has {count} row(s) that cannot be read (perhaps edited); they are not used to rebuild anything.',
  'master.notAMaster':
    'File “{file}” is not a master workbook (no sheet carries a master’s marker); choose a file written by the rank command or the add-in.',
  'master.outputIsInput':
    'Not writing the master to “{file}”: it is the input “{input}”. Choose another name.',
  'master.outputIsRoster':
    'Not writing the master to “{file}”: it is the roster file. Choose another name.',
  'master.outputIsPrevious':
    'Not writing the master to “{file}”: it is last year’s master. Choose another name.',
  'master.rank.unlisted':
    '{unit} (not on the roster, not ranked)',
  'master.rank.option.acceptUnlisted':
    'Accept units not on the roster into it, so that they are ranked.',
  'master.rank.unlistedHint':
    '{count} unit(s) not on the roster are not ranked: {units:list}. Accept them with --accept-unlisted or add them to the roster file (--roster).',
  'master.rank.acceptedUnlisted':
    'Accepted “{unit}” into the roster (code {code}).',
  'master.tooManyUnits':
    'The master was not written: {units:number} units exceed the limit of {max:number} units a master can hold and be read back. The old master (if any) is unchanged; split the units over several masters (e.g. by group or district).',
  'master.standingsSetMissing': 'Cannot rank: criteria set “{set}”, which the units’ forms were made from, was not given.',
} as const satisfies EnglishOf<typeof vi>;
