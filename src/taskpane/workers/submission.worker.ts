// The Web Worker that reads submitted .xlsx files off the pane's thread: unzip, parse, identify,
// recompute and check each file (readSubmission), posting a 'start' and a 'result' per file.
// The pane transfers the files' buffers, so they are not copied.

import { BUILTIN_SETS } from '../../sets/builtin';
import { parseSubmissions, type ParseMessage, type ParseRequest } from './parse-submissions';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void parseSubmissions(event.data, BUILTIN_SETS, (message) => scope.postMessage(message));
};
