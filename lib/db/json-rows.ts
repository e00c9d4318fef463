import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The SQL types of a row set's columns, by column name. Written in code, never taken from
 * input: the names and types are spliced into the statement.
 */
export type ColumnTypes = Readonly<Record<string, string>>;

/** A row for `columns`: every column present (null where there is no value). */
export type RowOf<Columns extends ColumnTypes> = { [Column in keyof Columns]: unknown };

/**
 * Rows from JavaScript as a relation for set-based SQL, in one parameter: the rows travel as
 * one JSON array and jsonb_to_recordset types each column. So one statement can write the
 * answers of many learners (bench:answer) with as many parameters as it writes one.
 *
 * Dates become ISO strings in UTC; a `timestamp` column reads them as UTC wall-clock time,
 * which is how Prisma stores DateTime. Usage: Prisma.sql`… FROM (${jsonRowsSql(rows, COLUMNS)}) r`.
 *
 * The LIMIT tells the planner how many rows come (it guesses 100 for a set-returning function),
 * so a batch of a few rows joins by index rather than hashing a whole table.
 */
export function jsonRowsSql<Columns extends ColumnTypes>(rows: ReadonlyArray<RowOf<Columns>>, columns: Columns): Prisma.Sql {
  const definition = Object.entries(columns)
    .map(([name, type]) => `"${name}" ${type}`)
    .join(", ");
  return Prisma.sql`SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(${Prisma.raw(definition)}) LIMIT ${rows.length}::int`;
}
