// The ribbon's function file (manifest FunctionFile). The only ribbon control opens the task pane
// (ShowTaskpane), which needs no code; Office still requires the function file to initialise.
Office.onReady(() => undefined);
