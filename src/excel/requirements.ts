// Which ExcelApi requirement sets this Excel supports, and what the add-in loses without them.
// The manifest asks only for ExcelApi 1.1 so the add-in installs everywhere; the pane calls
// checkRequirements() at start and shows the messages (Vietnamese first, English too).

/** The part of the `Office` global this module reads (the real one, or the preview's stand-in). */
export interface OfficeRequirements {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
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
  /** Excel on the web refuses requests over 5 MB; desktop Excel has no such cap. Unknown: capped. */
  requestCap: boolean;
}

export function detectCapabilities(office: OfficeRequirements): Capabilities {
  const has = (version: string) => office.context.requirements.isSetSupported('ExcelApi', version);
  const v16 = has('1.6');
  const v17 = has('1.7');
  const v18 = has('1.8');
  const v19 = has('1.9');
  return {
    calcSuspend: v16,
    conditionalFormats: v16,
    events: v17,
    tabColor: v17,
    freezePanes: v17,
    chartSeries: v17,
    validation: v18,
    enableEvents: v18,
    pageLayout: v19,
    rangeAreas: v19,
    screenUpdating: v19,
    collectionEvents: v19,
    indent: v19,
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
