// Criteria authoring in the pane: notices when the open workbook holds a definition (its
// thong_tin and tieu_chi sheets), checks it — or a definition .xlsx the user picks, read
// with the xlsx module loaded on demand so it stays out of the pane's first bundle.

import { useCallback, useEffect, useState } from 'react';
import { DATA_SHEETS } from '../../authoring/format';
import { isDefinitionWorkbook, parseDefinition, sheetKey, type DefinitionResult } from '../../authoring/parse';
import type { WorkbookPort } from '../../excel/port';
import type { Grid } from '../../plan/grid';

export type DefinitionSourceKind = 'workbook' | 'file';

export type DefinitionState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'checked'; source: DefinitionSourceKind; fileName?: string; result: DefinitionResult }
  | { phase: 'failed'; detail: string };

export function useDefinition(port: WorkbookPort): {
  detected: boolean;
  state: DefinitionState;
  checkWorkbook: () => Promise<void>;
  checkFile: (file: File) => Promise<void>;
  reset: () => void;
} {
  const [detected, setDetected] = useState(false);
  const [state, setState] = useState<DefinitionState>({ phase: 'idle' });

  useEffect(() => {
    let live = true;
    port
      .listSheets()
      .then((sheets) => live && setDetected(isDefinitionWorkbook(sheets.map((s) => s.name))))
      .catch(() => live && setDetected(false));
    return () => {
      live = false;
    };
  }, [port]);

  const run = useCallback(async (source: DefinitionSourceKind, read: () => Promise<DefinitionResult>, fileName?: string) => {
    setState({ phase: 'checking' });
    try {
      setState({ phase: 'checked', source, fileName, result: await read() });
    } catch (e) {
      setState({ phase: 'failed', detail: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  const checkWorkbook = useCallback(
    () =>
      run('workbook', async () => {
        const sheets = await port.listSheets();
        const names = sheets.map((s) => s.name).filter((name) => (DATA_SHEETS as readonly string[]).includes(sheetKey(name)));
        const grids: Grid[] = [];
        for (const name of names) grids.push(await port.readSheet(name));
        return parseDefinition(grids);
      }),
    [port, run],
  );

  const checkFile = useCallback(
    (file: File) =>
      run(
        'file',
        async () => {
          const { readWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx');
          return parseDefinition(readWorkbook(new Uint8Array(await file.arrayBuffer())));
        },
        file.name,
      ),
    [run],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { detected, state, checkWorkbook, checkFile, reset };
}
