// Native bar charts: a drawing part per sheet (one two-cell anchor per chart) and one
// chart part per ChartPlan (c:barChart, one series whose categories and values are
// ranges of the same sheet).

import { rangeA1 } from '../plan/address';
import type { ChartPlan } from '../plan/model';
import { quoteSheetName } from './write-sheet';
import { XML_DECLARATION } from './write-styles';
import { escapeXml } from './xml';

const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The drawing of one sheet; chart i is linked by relationship "rId{i+1}". */
export function drawingXml(charts: ChartPlan[]): string {
  const anchors = charts.map((c, i) => {
    const marker = (tag: string, row: number, col: number) =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker('from', c.anchor.row, c.anchor.col) +
      marker('to', c.anchor.row + c.anchor.rows, c.anchor.col + c.anchor.cols) +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join('')}</xdr:wsDr>`;
}

export function chartXml(chart: ChartPlan, sheetName: string): string {
  const horizontal = (chart.direction ?? 'bar') === 'bar';
  const ref = (r: ChartPlan['values']) => `${quoteSheetName(sheetName)}!${rangeA1(r, true)}`;
  const catAxis = 500001;
  const valAxis = 500002;
  const title =
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="vi-VN" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>';
  const series =
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    '<c:spPr><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
    '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${escapeXml(ref(chart.categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(ref(chart.values))}</c:f></c:numRef></c:val>` +
    '</c:ser>';
  const axis = (tag: 'catAx' | 'valAx', id: number, cross: number, pos: string, extra: string, tail: string) =>
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="${tag === 'catAx' && horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${pos}"/>${extra}<c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/>${tail}</c:${tag}>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    title +
    '<c:plotArea><c:layout/><c:barChart>' +
    `<c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="60"/><c:axId val="${catAxis}"/><c:axId val="${valAxis}"/></c:barChart>` +
    axis('catAx', catAxis, valAxis, horizontal ? 'l' : 'b', '', '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>') +
    axis('valAx', valAxis, catAxis, horizontal ? 'b' : 'l', '<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>', '<c:crossBetween val="between"/>') +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
