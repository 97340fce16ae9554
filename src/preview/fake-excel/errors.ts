// Errors shaped like Office.js's OfficeExtension.Error: a `code` the adapter can branch on and
// a `debugInfo` with the same code. Codes are the real API's (PropertyNotLoaded, InvalidArgument,
// ItemNotFound, AccessDenied, ApiNotFound, RequestPayloadSizeLimitExceeded, InvalidOperation).

export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidArgument'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'RequestPayloadSizeLimitExceeded'
  | 'UnsupportedFeature'
  | 'NotImplemented';

export class FakeExcelError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string };

  constructor(code: FakeErrorCode, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function fail(code: FakeErrorCode, message: string): never {
  throw new FakeExcelError(code, message);
}
