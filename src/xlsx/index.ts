// Public API of the .xlsx reader and writer (pure TypeScript over Uint8Array).
export { XlsxError, isXlsxError, type XlsxErrorCode } from './errors';
export { readWorkbook, readSheetNames, type WorkbookData, type SheetData, type SheetState } from './read';
export { writeWorkbook, type WriteOptions } from './write';
export { boundedInflate, type Inflater } from './inflate';
export { DEFAULT_READ_LIMITS, MASTER_MAX_UNITS, MASTER_READ_LIMITS, openZip, type ReadLimits, type ZipReader } from './zip';
export { addXlfnPrefixes, stripXlfnPrefixes, shiftFormula } from './formula';
export { attrByLocalName, childElements, decodeXmlBytes, escapeXml, localName, parseXml, parseXmlTree, type XmlHandler, type XmlElement, type XmlNode, type XmlAttrs } from './xml';
