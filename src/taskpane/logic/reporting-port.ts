// The workbook port as the pane's views use it: every plan written (a form, from a built-in set or
// a definition workbook; a master's sheets) tells the pane what this Excel skipped writing it
// (`writer.skipped.*`: an older Excel lacks a requirement set), so that one bar can say so
// whichever view wrote. Everything else goes straight to the port.

import type { WorkbookPort } from '../../excel/port';
import type { Message } from '../../messages';

/** `port`, calling `onWritten` with the skipped features after each plan it writes (empty: none). */
export function reportingSkipped(port: WorkbookPort, onWritten: (skipped: readonly Message[]) => void): WorkbookPort {
  return {
    listSheets: () => port.listSheets(),
    readActiveSheet: () => port.readActiveSheet(),
    readSheet: (name) => port.readSheet(name),
    readSheets: (names) => port.readSheets(names),
    applyPlan: async (plan, options) => {
      const written = await port.applyPlan(plan, options);
      onWritten(written.warnings);
      return written;
    },
    writeCells: (sheet, cells) => port.writeCells(sheet, cells),
    select: (address) => port.select(address),
    onSelectionChanged: (handler) => port.onSelectionChanged(handler),
    onChanged: (handler) => port.onChanged(handler),
  };
}
