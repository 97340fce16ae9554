// The per-cell formatting the stand-in keeps, with Excel's defaults for a new workbook.

export type BorderSide = 'top' | 'bottom' | 'left' | 'right';

export interface CellFormat {
  fontName: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  underline: 'None' | 'Single' | 'Double' | 'SingleAccountant' | 'DoubleAccountant';
  fontColor: string;
  /** null: no fill. */
  fill: string | null;
  borders: Record<BorderSide, boolean>;
  hAlign: 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
  vAlign: 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
  wrap: boolean;
  indent: number;
  locked: boolean;
  numberFormat: string;
}

export const DEFAULT_FORMAT: Readonly<CellFormat> = Object.freeze({
  fontName: 'Calibri',
  fontSize: 11,
  bold: false,
  italic: false,
  underline: 'None',
  fontColor: '#000000',
  fill: null,
  borders: Object.freeze({ top: false, bottom: false, left: false, right: false }),
  hAlign: 'General',
  vAlign: 'Bottom',
  wrap: false,
  indent: 0,
  locked: true,
  numberFormat: 'General',
});

export function copyFormat(format: CellFormat): CellFormat {
  return { ...format, borders: { ...format.borders } };
}
