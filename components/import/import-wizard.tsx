"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { inputClass, primaryButton, secondaryButton } from "@/components/forms/fields";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/locales";
import { IMPORT_ENTITIES, IMPORT_TARGETS, type ColumnMapping, type ImportEntity } from "@/lib/import/fields";
import type { importEn } from "@/messages/import.en";

// The import page's steps, all in the browser's memory until the last: choose the file, map its
// columns, check every row (the server's dry run), propose. The file is sent again at each step
// (XMLHttpRequest, for the upload's progress); the server answers NDJSON: progress, then a result.

type T9n = (typeof importEn)["importing"];

type Report = {
  rowCount: number;
  counts: Record<"create" | "update" | "unchanged" | "pending" | "error", number>;
  fileProblems: { reason: string; params?: Record<string, string | number> }[];
  problems: { row: number; column: string | null; value: string | null; reason: string; suggestion?: string | null }[];
  problemCount: number;
};
type Inspected = {
  headers: string[];
  mapping: ColumnMapping;
  remembered: boolean;
  sample: string[][];
  rowCount: number;
};
type Line =
  | { type: "progress"; phase: "validate" | "import"; done: number; total: number }
  | { type: "error"; code: string; params?: Record<string, string | number>; reference?: string }
  | ({ type: "result" } & Record<string, unknown>);

type Progress = { upload: number | null; validate: number | null; import: number | null };

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

function send(
  url: string,
  file: File,
  onUpload: (fraction: number) => void,
  onLine: (line: Line) => void,
): Promise<Line | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let seen = 0;
    let last: Line | null = null;
    const drain = () => {
      const text = xhr.responseText;
      let end = text.indexOf("\n", seen);
      while (end !== -1) {
        const raw = text.slice(seen, end).trim();
        seen = end + 1;
        if (raw) {
          try {
            const line = JSON.parse(raw) as Line;
            last = line;
            onLine(line);
          } catch {
            // not a line of ours
          }
        }
        end = text.indexOf("\n", seen);
      }
    };
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (event) => event.lengthComputable && onUpload(event.loaded / event.total);
    xhr.onprogress = drain;
    xhr.onload = () => {
      drain();
      if (xhr.status >= 400) {
        let code = "unexpected";
        try {
          code = (JSON.parse(xhr.responseText) as { code?: string }).code ?? code;
        } catch {
          // keep "unexpected"
        }
        resolve({ type: "error", code });
        return;
      }
      onUpload(1);
      resolve(last);
    };
    xhr.onerror = () => resolve({ type: "error", code: "network" });
    xhr.send(file);
  });
}

function ProgressBar({ label, value }: { label: string; value: number | null }) {
  const id = useId();
  if (value === null) return null;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <progress id={id} max={100} value={Math.round(value * 100)} className="h-3 w-full accent-blue-800">
        {Math.round(value * 100)}%
      </progress>
    </div>
  );
}

export function ImportWizard({
  t,
  locale,
  maxBytes,
  maxRows,
  sizeLabel,
  submissionsHref,
  batchHref,
  canReview,
}: {
  t: T9n;
  locale: Locale;
  maxBytes: number;
  maxRows: number;
  sizeLabel: string;
  submissionsHref: string;
  batchHref: string;
  canReview: boolean;
}) {
  const [entity, setEntity] = useState<ImportEntity>("MONUMENT");
  const [file, setFile] = useState<File | null>(null);
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [proposed, setProposed] = useState<{ batchId: string | null; count: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress>({ upload: null, validate: null, import: null });
  const fileInput = useRef<HTMLInputElement>(null);
  const n = (value: number) => formatNumber(value, locale);

  const fileError = (code: string, params: Record<string, string | number> = {}) => {
    const template = (t.fileErrors as Record<string, string>)[code] ?? t.fileErrors.unexpected;
    return fill(template, {
      size: sizeLabel,
      rows: n(maxRows),
      reference: "",
      ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" ? n(v) : v])),
      ...(code === "missingColumn" && typeof params.column === "string"
        ? { column: (t.targets as Record<string, string>)[params.column] ?? params.column }
        : {}),
    });
  };

  async function run(step: "inspect" | "check" | "propose", currentMapping?: ColumnMapping) {
    if (!file) return null;
    if (file.size > maxBytes) {
      setError(fileError("fileTooLarge"));
      return null;
    }
    setBusy(true);
    setError(null);
    setProgress({ upload: 0, validate: step === "inspect" ? null : 0, import: step === "propose" ? 0 : null });
    const params = new URLSearchParams({ entity, name: file.name });
    if (currentMapping) params.set("mapping", JSON.stringify(currentMapping));
    const last = await send(
      `/api/import/${step}?${params}`,
      file,
      (fraction) => setProgress((p) => ({ ...p, upload: fraction })),
      (line) => {
        if (line.type === "progress") {
          const fraction = line.total === 0 ? 1 : line.done / line.total;
          setProgress((p) => ({ ...p, [line.phase]: fraction }));
        }
      },
    );
    setBusy(false);
    if (!last || last.type === "progress") {
      setError(fileError("unexpected"));
      return null;
    }
    if (last.type === "error") {
      setError(
        last.code === "unexpected"
          ? fill(t.fileErrors.unexpected, { reference: last.reference ?? "" })
          : fileError(last.code, last.params),
      );
      return null;
    }
    return last as Record<string, unknown>;
  }

  async function inspect() {
    setInspected(null);
    setReport(null);
    setProposed(null);
    const result = await run("inspect");
    if (!result) return;
    const value = result as unknown as Inspected;
    setInspected(value);
    setMapping(value.mapping);
  }

  async function check() {
    setReport(null);
    const result = await run("check", mapping);
    if (result) setReport(result.report as Report);
  }

  async function propose() {
    const result = await run("propose", mapping);
    if (!result) return;
    const outcome = result as { ok: boolean; batchId: string | null; report: Report };
    setReport(outcome.report);
    if (outcome.ok)
      setProposed({ batchId: outcome.batchId, count: outcome.report.counts.create + outcome.report.counts.update });
  }

  const targets = IMPORT_TARGETS[entity];
  const proposable = report ? report.counts.create + report.counts.update : 0;
  const clean = report !== null && report.fileProblems.length === 0 && report.counts.error === 0;
  const reasonText = (reason: string, suggestion?: string | null) =>
    fill((t.reasons as Record<string, string>)[reason] ?? t.reasons.invalid, { row: suggestion ?? "" });

  return (
    <div className="space-y-6">
      <form
        className="space-y-4 rounded-md border border-stone-300 bg-white p-4"
        onSubmit={(event) => {
          event.preventDefault();
          void inspect();
        }}
      >
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t.kindLabel}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {IMPORT_ENTITIES.map((value) => (
              <label key={value} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="entity"
                  value={value}
                  checked={entity === value}
                  disabled={busy}
                  onChange={() => {
                    setEntity(value);
                    setInspected(null);
                    setReport(null);
                    setProposed(null);
                  }}
                  className="h-5 w-5"
                />
                {t.kinds[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-semibold">
            {t.fileLabel}
          </label>
          <p id="import-file-hint" className="text-sm text-stone-700">
            {fill(t.fileHint, { size: sizeLabel, rows: n(maxRows) })} {t.exportHint}
          </p>
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            disabled={busy}
            className="block w-full max-w-full text-sm file:me-3 file:min-h-11 file:rounded-md file:border file:border-stone-500 file:bg-white file:px-3"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setInspected(null);
              setReport(null);
              setProposed(null);
              setError(null);
            }}
          />
        </div>
        <button type="submit" className={primaryButton} disabled={!file || busy}>
          {t.upload}
        </button>
      </form>

      <div aria-live="polite" className="space-y-2">
        {busy && (
          <>
            <ProgressBar label={t.uploading} value={progress.upload} />
            <ProgressBar label={t.validating} value={progress.validate} />
            <ProgressBar label={t.proposing} value={progress.import} />
          </>
        )}
        {error && (
          <p role="alert" className="rounded-md border border-red-600 bg-red-50 p-3 text-red-950">
            {error}
          </p>
        )}
      </div>

      {inspected && !proposed && (
        <section aria-labelledby="mapping-heading" className="space-y-3">
          <h2 id="mapping-heading" className="text-xl font-bold">
            {t.mappingHeading}
          </h2>
          <p>{inspected.remembered ? t.mappingRemembered : t.mappingIntro}</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-start text-sm">
              <thead>
                <tr className="border-b border-stone-400">
                  <th scope="col" className="p-2 text-start">
                    {t.columnHeader}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t.targetHeader}
                  </th>
                  <th scope="col" className="hidden p-2 text-start sm:table-cell">
                    {t.sampleHeader}
                  </th>
                </tr>
              </thead>
              <tbody>
                {inspected.headers.map((header, index) => {
                  const selectId = `map-${index}`;
                  return (
                    <tr key={index} className="border-b border-stone-200 align-top">
                      <th scope="row" className="p-2 text-start font-medium">
                        <label htmlFor={selectId}>
                          <bdi>{header || `#${n(index + 1)}`}</bdi>
                        </label>
                      </th>
                      <td className="p-2">
                        <select
                          id={selectId}
                          className={`${inputClass} min-w-40`}
                          value={mapping[index] ?? ""}
                          disabled={busy}
                          onChange={(event) => {
                            const value = event.target.value || null;
                            setReport(null);
                            setMapping((current) =>
                              current.map((key, i) => (i === index ? value : key === value ? null : key)),
                            );
                          }}
                        >
                          <option value="">{t.ignore}</option>
                          {targets.map((target) => (
                            <option key={target.key} value={target.key}>
                              {(t.targets as Record<string, string>)[target.key] ?? target.key}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="hidden max-w-48 truncate p-2 text-stone-700 sm:table-cell">
                        <bdi>
                          {inspected.sample
                            .map((row) => row[index] ?? "")
                            .filter(Boolean)
                            .slice(0, 2)
                            .join(" · ")}
                        </bdi>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <button type="button" className={primaryButton} disabled={busy} onClick={() => void check()}>
            {t.check}
          </button>
        </section>
      )}

      {report && (
        <section aria-labelledby="report-heading" className="space-y-3" data-testid="import-report">
          <h2 id="report-heading" className="text-xl font-bold">
            {t.reportHeading}
          </h2>
          <p data-testid="import-summary">
            {fill(t.summary, {
              rows: n(report.rowCount),
              create: n(report.counts.create),
              update: n(report.counts.update),
              unchanged: n(report.counts.unchanged),
              pending: n(report.counts.pending),
              error: n(report.counts.error),
            })}
          </p>
          {report.fileProblems.map((problem, index) => (
            <p key={index} role="alert" className="rounded-md border border-red-600 bg-red-50 p-3 text-red-950">
              {fileError(problem.reason, problem.params)}
            </p>
          ))}
          {report.problems.length > 0 ? (
            <>
              <h3 className="text-lg font-semibold">{t.problemsHeading}</h3>
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-sm" data-testid="import-problems">
                  <thead>
                    <tr className="border-b border-stone-400">
                      <th scope="col" className="p-2 text-start">
                        {t.rowHeader}
                      </th>
                      <th scope="col" className="p-2 text-start">
                        {t.columnHeader}
                      </th>
                      <th scope="col" className="p-2 text-start">
                        {t.valueHeader}
                      </th>
                      <th scope="col" className="p-2 text-start">
                        {t.reasonHeader}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.problems.map((problem, index) => (
                      <tr key={index} className="border-b border-stone-200 align-top">
                        <td className="p-2">{n(problem.row)}</td>
                        <td className="p-2">
                          <bdi>{problem.column ?? ""}</bdi>
                        </td>
                        <td className="max-w-48 break-words p-2">
                          <bdi>{problem.value ?? ""}</bdi>
                        </td>
                        <td className="p-2">{reasonText(problem.reason, problem.suggestion)}</td>
                        <td className="p-2">
                          {problem.reason !== "duplicateRow" && problem.suggestion ? (
                            <bdi>{problem.suggestion}</bdi>
                          ) : (
                            ""
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {report.problemCount > report.problems.length && (
                <p>{fill(t.problemsMore, { count: n(report.problemCount - report.problems.length) })}</p>
              )}
              <p className="font-semibold">{t.fixAndRetry}</p>
            </>
          ) : (
            report.fileProblems.length === 0 && <p>{t.noProblems}</p>
          )}
          {clean && !proposed && (
            <>
              {proposable > 0 ? (
                <button type="button" className={primaryButton} disabled={busy} onClick={() => void propose()}>
                  {fill(t.propose, { count: n(proposable) })}
                </button>
              ) : (
                <p>{t.nothingToPropose}</p>
              )}
            </>
          )}
        </section>
      )}

      {proposed && (
        <section className="space-y-3 rounded-md border border-green-600 bg-green-50 p-4" role="status">
          <p className="font-semibold text-green-950">
            {proposed.batchId ? fill(t.proposed, { count: n(proposed.count) }) : t.nothingToPropose}
          </p>
          <div className="flex flex-wrap gap-3">
            <Link href={submissionsHref} className={secondaryButton}>
              {t.viewSubmissions}
            </Link>
            {canReview && proposed.batchId && (
              <Link href={`${batchHref}/${proposed.batchId}`} className={secondaryButton}>
                {t.viewBatch}
              </Link>
            )}
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                setProposed(null);
                setInspected(null);
                setReport(null);
                setFile(null);
                if (fileInput.current) fileInput.current.value = "";
              }}
            >
              {t.startOver}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
