/** Where a command writes: stdout and stderr, one line at a time (tests capture them). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}
