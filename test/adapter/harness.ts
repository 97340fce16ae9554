// Installs a fresh stand-in Excel as the `Excel` and `Office` globals (each test installs its own).

import { createFakeExcel, type FakeExcel } from '../../src/preview/fake-excel';

export function installFakeExcel(options: { apiVersion?: string; sheets?: string[] } = {}): FakeExcel {
  const fake = createFakeExcel(options);
  fake.install();
  return fake;
}

/** Runs a batch against the stand-in through the global Excel.run, as the adapter does. */
export function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}
