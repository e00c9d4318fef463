import "server-only";
export const ROSTER_MAX_BYTES = 2 * 1024 * 1024;
export const ROSTER_MAX_ROWS = 2000;

/** One data row of a roster, numbered as the spreadsheet numbers it (the header is row 1). */
export interface RosterRow {
  row: number;
  name: string;
  email: string;
}

export interface RosterRowError {
  row: number;
  message: string;
}
