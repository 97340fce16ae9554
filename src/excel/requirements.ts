// Which ExcelApi requirement sets this Excel supports, and what the add-in loses without them.
// manifest.xml requires ExcelApi 1.7, without which the pane cannot follow the workbook (Office
// then does not offer the add-in); everything newer is a capability gate below. The pane calls
// checkRequirements() at start and shows the messages (Vietnamese first, English too).

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
  vi: string;
  en: string;
}

const NEEDS: MissingRequirement[] = [
  {
    set: 'ExcelApi',
    version: '1.7',
    required: true,
    vi: 'Excel này quá cũ (thiếu ExcelApi 1.7): ngăn tác vụ không theo dõi được ô đang chọn và ô vừa sửa. Vui lòng dùng Excel 2021 trở lên, Microsoft 365 hoặc Excel trên web.',
    en: 'This Excel is too old (ExcelApi 1.7 missing): the pane cannot follow the selected or edited cells. Please use Excel 2021 or later, Microsoft 365 or Excel on the web.',
  },
  {
    set: 'ExcelApi',
    version: '1.8',
    required: false,
    vi: 'Thiếu ExcelApi 1.8: biểu mẫu sẽ không có danh sách chọn và kiểm tra dữ liệu trong ô; ngăn tác vụ vẫn kiểm tra giá trị khi bạn nhập.',
    en: 'ExcelApi 1.8 missing: the form gets no drop-down lists or in-cell data validation; the pane still checks the values you enter.',
  },
  {
    set: 'ExcelApi',
    version: '1.9',
    required: false,
    vi: 'Thiếu ExcelApi 1.9: không đặt được thiết lập in (khổ A4, lề, số trang) và việc định dạng biểu mẫu sẽ chậm hơn. Hãy tự chỉnh thiết lập in trước khi in.',
    en: 'ExcelApi 1.9 missing: print settings (A4, margins, page numbers) cannot be set and formatting the form is slower. Set up printing by hand before you print.',
  },
];

/** The requirement sets this Excel lacks, most important first; empty when everything is there. */
export function checkRequirements(office: OfficeRequirements = Office as unknown as OfficeRequirements): MissingRequirement[] {
  return NEEDS.filter((need) => !office.context.requirements.isSetSupported(need.set, need.version));
}
