/** Errors as Office.js reports them: an OfficeExtension.Error ("RichApi.Error") with a `code`. */

export type ErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidObjectPath'
  | 'InvalidRequestContext'
  | 'RunMustReturnPromise'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidCellAddress'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'ApiNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RangeExceedsLimit'
  | 'GeneralException'
  | 'NotImplemented';

export class DoubleError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: ErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const fail = {
  propertyNotLoaded: (property: string, entity?: string) =>
    new DoubleError(
      'PropertyNotLoaded',
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      entity ? `${entity}.${property}` : undefined,
    ),
  invalidObjectPath: (path: string) =>
    new DoubleError(
      'InvalidObjectPath',
      `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    ),
  invalidRequestContext: () =>
    new DoubleError('InvalidRequestContext', 'Cannot use the object across different request contexts.'),
  runMustReturnPromise: () =>
    new DoubleError(
      'RunMustReturnPromise',
      'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
    ),
  itemNotFound: (what: string) => new DoubleError('ItemNotFound', `The requested resource doesn't exist.`, what),
  itemAlreadyExists: (what: string) => new DoubleError('ItemAlreadyExists', 'The resource already exists.', what),
  invalidArgument: (what: string) =>
    new DoubleError('InvalidArgument', `The argument is invalid or missing or has an incorrect format.`, what),
  invalidCellAddress: (what: string) => new DoubleError('InvalidCellAddress', 'The cell address is invalid.', what),
  invalidOperation: (what: string) => new DoubleError('InvalidOperation', 'The operation is not allowed.', what),
  cellEditMode: () =>
    new DoubleError(
      'InvalidOperationInCellEditMode',
      'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
    ),
  apiNotFound: (api: string, set: string) =>
    new DoubleError(
      'ApiNotFound',
      `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${api} is part of ExcelApi ${set}.)`,
      api,
    ),
  // Codes and messages as in "Error handling with the application-specific JavaScript APIs" (learn.microsoft.com).
  requestPayloadTooLarge: (bytes: number, limit: number) =>
    new DoubleError(
      'RequestPayloadSizeLimitExceeded',
      'The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
      `request of ${bytes} bytes (limit ${limit})`,
    ),
  responsePayloadTooLarge: (bytes: number, limit: number) =>
    new DoubleError(
      'ResponsePayloadSizeLimitExceeded',
      'The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
      `response of ${bytes} bytes (limit ${limit})`,
    ),
  /** A range over 5,000,000 cells read or written at once (same article, section "Excel add-ins"). */
  rangeTooLarge: (what: string) =>
    new DoubleError(
      'RangeExceedsLimit',
      'The cell count in the range has exceeded the maximum supported number. See the Resource limits and performance optimization for Office Add-ins article for more information.',
      what,
    ),
  tooManyMergedAreas: (count: number, limit: number) =>
    new DoubleError(
      'GeneralException',
      'There was an internal error while processing the request.',
      `getMergedAreasOrNullObject: ${count} merged areas (more than ${limit})`,
    ),
  notImplemented: (what: string) => new DoubleError('NotImplemented', `The Excel double does not model ${what}.`, what),
};
