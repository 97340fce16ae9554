// Which ExcelApi requirement sets this Excel supports, and what the add-in loses without them.
// manifest.xml requires ExcelApi 1.7, without which the pane cannot follow the workbook (Office
// then does not offer the add-in); everything newer is a capability gate below. The pane calls
// checkRequirements() at start and shows their messages in the user's language.

import { msg, type Message } from '../messages';

/** The part of the `Office` global this module reads (the real one, or the preview's stand-in). */
export interface OfficeRequirements {
  context: {
    requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
    /** Office.PlatformType: "OfficeOnline" on the web, "PC" / "Mac" on desktop. */
    platform?: string;
  };
}

export interface Capabilities {
  /** 1.6: suspendApiCalculationUntilNextSync, conditional formats. */
  calcSuspend: boolean;
  conditionalFormats: boolean;
  /** 1.7: worksheet events, tab colour, frozen rows, chart series axes. */
  events: boolean;
  tabColor: boolean;
  freezePanes: boolean;
  chartSeries: boolean;
  /** 1.8: data validation, runtime.enableEvents. */
  validation: boolean;
  enableEvents: boolean;
  /** 1.9: page layout, RangeAreas, screen-updating suspension, events on all sheets, indents. */
  pageLayout: boolean;
  rangeAreas: boolean;
  screenUpdating: boolean;
  collectionEvents: boolean;
  indent: boolean;
  /** 1.13: Workbook.insertWorksheetsFromBase64 (the light master write). */
  insertWorksheets: boolean;
  /** Excel on the web refuses requests over 5 MB; desktop Excel has no such cap. Unknown: capped. */
  requestCap: boolean;
}

/**
 * The capability gates: the ExcelApi version behind each flag. The adapter may use a member of a
 * set newer than manifest.xml requires only where such a flag guards it (`if (caps.x)`, `caps.x ?
 * … : …`, `caps.x && …`, or an early `if (!caps.x) return`); test/unit/requirement-sets.test.ts
 * reads every Office.js member the adapter and the pane reach and proves it.
 */
export const CAPABILITY_SETS: Record<Exclude<keyof Capabilities, 'requestCap'>, string> = {
  calcSuspend: '1.6',
  conditionalFormats: '1.6',
  events: '1.7',
  tabColor: '1.7',
  freezePanes: '1.7',
  chartSeries: '1.7',
  validation: '1.8',
  enableEvents: '1.8',
  pageLayout: '1.9',
  rangeAreas: '1.9',
  screenUpdating: '1.9',
  collectionEvents: '1.9',
  indent: '1.9',
  insertWorksheets: '1.13',
};

export function detectCapabilities(office: OfficeRequirements): Capabilities {
  const flags = Object.entries(CAPABILITY_SETS).map(([flag, version]) => [flag, office.context.requirements.isSetSupported('ExcelApi', version)]);
  return {
    ...(Object.fromEntries(flags) as Omit<Capabilities, 'requestCap'>),
    requestCap: office.context.platform === undefined || office.context.platform === 'OfficeOnline',
  };
}

export interface MissingRequirement {
  set: 'ExcelApi';
  version: string;
  /** true: the pane cannot work without it; false: some features are skipped. */
  required: boolean;
  /** What is lost without it, as the pane tells it. */
  message: Message;
}

const NEEDS: MissingRequirement[] = [
  {
    set: 'ExcelApi',
    version: '1.7',
    required: true,
    message: msg('excel.requirement.events'),
  },
  {
    set: 'ExcelApi',
    version: '1.8',
    required: false,
    message: msg('excel.requirement.validation'),
  },
  {
    set: 'ExcelApi',
    version: '1.9',
    required: false,
    message: msg('excel.requirement.print'),
  },
];

/** The requirement sets this Excel lacks, most important first; empty when everything is there. */
export function checkRequirements(office: OfficeRequirements = Office as unknown as OfficeRequirements): MissingRequirement[] {
  return NEEDS.filter((need) => !office.context.requirements.isSetSupported(need.set, need.version));
}
