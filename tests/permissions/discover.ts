import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Finds every server action and route handler in the source, by itself: a server action is an
// export of a module whose first statement is "use server"; a route handler is an exported HTTP
// method of an app/**/route.ts. An inline "use server" inside a function body is reported as a
// problem: the house style keeps actions in "use server" modules, where this scan sees them.

export type Endpoint = { kind: "action" | "route"; file: string; name: string };
export type Discovery = { endpoints: Endpoint[]; problems: string[] };

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
const SCANNED = ["app", "lib", "components"];
const SKIPPED = new Set(["node_modules", "generated", ".next"]);
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function sourceFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (SKIPPED.has(entry)) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out = out.concat(sourceFiles(full));
    else if (/\.(ts|tsx|js|jsx|mjs)$/.test(entry) && !entry.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

function isDirective(statement: ts.Statement | undefined, text: string): boolean {
  return Boolean(
    statement &&
    ts.isExpressionStatement(statement) &&
    ts.isStringLiteral(statement.expression) &&
    statement.expression.text === text,
  );
}

function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && exported(statement)) {
      const isDefault = (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      names.push(isDefault ? "default" : (statement.name?.text ?? "default"));
    } else if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
      }
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      if (!statement.exportClause) names.push(`* from ${statement.moduleSpecifier?.getText(source) ?? "?"}`);
      else if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
      }
    } else if (ts.isExportAssignment(statement)) {
      names.push("default");
    }
  }
  return names;
}

function inlineServerDirectives(source: ts.SourceFile): number {
  let count = 0;
  const visit = (node: ts.Node) => {
    if ((ts.isBlock(node) || ts.isModuleBlock(node)) && node.parent && !ts.isSourceFile(node.parent)) {
      if (isDirective(node.statements[0], "use server")) count++;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return count;
}

export function discoverEndpoints(root = ROOT): Discovery {
  const endpoints: Endpoint[] = [];
  const problems: string[] = [];
  for (const dir of SCANNED) {
    for (const file of sourceFiles(path.join(root, dir))) {
      const text = readFileSync(file, "utf8");
      const relative = path.relative(root, file).split(path.sep).join("/");
      const isRoute = /^app\/.*\/?route\.(ts|tsx|js|mjs)$/.test(relative);
      if (!text.includes("use server") && !isRoute) continue;
      const source = ts.createSourceFile(
        file,
        text,
        ts.ScriptTarget.Latest,
        true,
        file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      );
      if (isDirective(source.statements[0], "use server")) {
        for (const name of exportedNames(source)) endpoints.push({ kind: "action", file: relative, name });
      }
      if (inlineServerDirectives(source) > 0) {
        problems.push(
          `${relative}: inline "use server" function; move it into a "use server" module so it is listed and tested`,
        );
      }
      if (isRoute) {
        for (const name of exportedNames(source))
          if (HTTP_METHODS.has(name)) endpoints.push({ kind: "route", file: relative, name });
      }
    }
  }
  endpoints.sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`));
  return { endpoints, problems };
}

export const endpointKey = (endpoint: { file: string; name: string }) => `${endpoint.file}#${endpoint.name}`;
