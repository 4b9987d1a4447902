import "server-only";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";

// Reads an uploaded spreadsheet (CSV or XLSX) as it arrives, one row at a time, without holding
// the file: the byte limit is counted on the stream (a file that claims a small Content-Length
// and sends more is cut off when it passes the limit), the row limit on the parsed rows. The
// format is told by the file's first bytes, not its name. CSV must be UTF-8 (a BOM is allowed);
// XLSX cells that hold a formula come back as { formula } so the importer can refuse them rather
// than trust a value a spreadsheet computed.

export type Cell = string | { formula: string };
export type FileRow = { rowNumber: number; cells: Cell[] };
export type FileFormat = "csv" | "xlsx";

export type FileErrorCode =
  "fileEmpty" | "fileTooLarge" | "tooManyRows" | "wrongEncoding" | "fileType" | "fileCorrupt" | "tooManyColumns";

export class ImportFileError extends Error {
  constructor(
    public readonly code: FileErrorCode,
    public readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "ImportFileError";
  }
}

export type ReadLimits = { maxBytes: number; maxRows: number; onBytes?: (bytes: number) => void };

const MAX_COLUMNS = 200;
const MAX_CELL_CHARS = 20_000;

/** The web stream with its bytes counted: it errors as soon as the count passes maxBytes. */
function limited(stream: ReadableStream<Uint8Array>, { maxBytes, onBytes }: ReadLimits): ReadableStream<Uint8Array> {
  let total = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > maxBytes) {
          controller.error(new ImportFileError("fileTooLarge", { maxBytes }));
          return;
        }
        onBytes?.(total);
        controller.enqueue(chunk);
      },
    }),
  );
}

/** The first bytes of the stream, and a stream that still yields all of them. */
async function peek(
  stream: ReadableStream<Uint8Array>,
): Promise<{ head: Uint8Array; stream: ReadableStream<Uint8Array> }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < 8) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
  }
  const head = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    head.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { head, stream: rest };
}

function formatOf(head: Uint8Array): FileFormat {
  // a ZIP container (XLSX is one); an old binary .xls (OLE2) or anything else binary is refused
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx";
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)
    throw new ImportFileError("fileType");
  // UTF-16 (what some spreadsheet programs write as "Unicode text")
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new ImportFileError("wrongEncoding");
  }
  return "csv";
}

async function* decodedUtf8(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  // fatal: a byte sequence that is not UTF-8 (a Windows-1256 or Latin-1 file) is an error, not U+FFFD
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      let text: string;
      try {
        text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      } catch {
        throw new ImportFileError("wrongEncoding");
      }
      if (text) yield text;
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}

function checkedCells(cells: Cell[], rowNumber: number): Cell[] {
  if (cells.length > MAX_COLUMNS) throw new ImportFileError("tooManyColumns", { max: MAX_COLUMNS, row: rowNumber });
  return cells.map((cell) =>
    typeof cell === "string" && cell.length > MAX_CELL_CHARS ? cell.slice(0, MAX_CELL_CHARS) : cell,
  );
}

async function* csvRows(stream: ReadableStream<Uint8Array>): AsyncGenerator<FileRow> {
  const source = Readable.from(decodedUtf8(stream));
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: false,
    skip_empty_lines: false,
    max_record_size: 1_000_000,
  });
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      yield { rowNumber, cells: checkedCells(record, rowNumber) };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    // csv-parse names the line of an unclosed quote or an oversized record
    throw new ImportFileError("fileCorrupt", { row: rowNumber + 1 });
  } finally {
    source.destroy();
  }
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return isoDay(value);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const formula = "formula" in value ? value.formula : value.sharedFormula;
      return { formula: String(formula ?? "") };
    }
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

async function* xlsxRows(stream: ReadableStream<Uint8Array>): AsyncGenerator<FileRow> {
  const input = Readable.fromWeb(stream as import("node:stream/web").ReadableStream<Uint8Array>);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  try {
    // the first worksheet only
    for await (const worksheet of workbook) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: Cell[] = [];
        // row.values is 1-based and sparse
        for (let index = 1; index < values.length; index++) cells.push(xlsxCell(values[index]));
        yield { rowNumber: row.number, cells: checkedCells(cells, row.number) };
      }
      break;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("fileCorrupt");
  } finally {
    input.destroy();
  }
}

/**
 * The rows of an uploaded file, header first. Throws ImportFileError for a file that cannot be
 * read as a whole (too large, wrong encoding, not CSV or XLSX, more rows than allowed).
 */
export async function* readSpreadsheet(
  body: ReadableStream<Uint8Array>,
  limits: ReadLimits,
): AsyncGenerator<FileRow & { format: FileFormat }> {
  const { head, stream } = await peek(limited(body, limits));
  if (head.byteLength === 0) throw new ImportFileError("fileEmpty");
  const format = formatOf(head);
  const rows = format === "xlsx" ? xlsxRows(stream) : csvRows(stream);
  let count = 0;
  for await (const row of rows) {
    // the header is not a record
    if (count > limits.maxRows) throw new ImportFileError("tooManyRows", { maxRows: limits.maxRows });
    count += 1;
    yield { ...row, format };
  }
  if (count === 0) throw new ImportFileError("fileEmpty");
}
