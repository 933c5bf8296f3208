/**
 * Proves a manifest against the code, as a reviewer reading the add-on call by
 * call against the reference would: the TypeScript type checker finds every
 * Apps Script method the code calls (each property access whose member is a
 * method declared under `GoogleAppsScript` in @types/google-apps-script, the
 * advanced `Drive` and `Docs` included), the scope table gives each one's
 * documented scopes, and the report says
 *
 * - which called methods the table does not know,
 * - which calls no declared scope authorizes,
 * - which declared scopes no call needs (none of the calls depends on them alone).
 *
 * `test/bundle/scopes.test.ts` runs it over the server code and `appsscript.json`.
 */

import { join, relative } from 'node:path';
import ts from 'typescript';
import type { Manifest } from './manifest';
import type { ScopeTable } from './table';

/** One place the code calls (or takes) an Apps Script method. */
export interface AppsScriptCall {
  /** The receiver's Apps Script type (`Spreadsheet.Range`). */
  readonly type: string;
  readonly method: string;
  /** `file:line`, relative to the root given. */
  readonly at: string;
}

/**
 * Every Apps Script method accessed in the source files of `program` that
 * `include` accepts (property accesses whose member is a method declared under
 * `GoogleAppsScript`), in source order.
 */
export function findAppsScriptCalls(
  program: ts.Program,
  include: (fileName: string) => boolean,
  root = process.cwd(),
): AppsScriptCall[] {
  const checker = program.getTypeChecker();
  const calls: AppsScriptCall[] = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !include(file.fileName)) continue;
    const found: { position: number; call: AppsScriptCall }[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        for (const type of appsScriptReceivers(checker, node)) {
          const position = node.name.getStart(file);
          const { line } = file.getLineAndCharacterOfPosition(position);
          found.push({
            position,
            call: { type, method: node.name.text, at: `${relative(root, file.fileName)}:${line + 1}` },
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    calls.push(...found.sort((a, b) => a.position - b.position).map((entry) => entry.call));
  }
  return calls;
}

/** The Apps Script types of the receiver when `node` names one of their methods; none otherwise. */
function appsScriptReceivers(checker: ts.TypeChecker, node: ts.PropertyAccessExpression): string[] {
  const member = checker.getSymbolAtLocation(node.name);
  const declarations = member?.declarations ?? [];
  const methods = declarations.filter(
    (declaration) =>
      ts.isMethodSignature(declaration) && appsScriptName(checker, declaration.parent) !== undefined,
  );
  if (methods.length === 0) return [];
  const receiver = checker.getNonNullableType(checker.getTypeAtLocation(node.expression));
  const parts = receiver.isUnion() ? receiver.types : [receiver];
  const named = parts
    .map((part) => {
      const symbol = part.aliasSymbol ?? part.getSymbol();
      return symbol === undefined ? undefined : qualified(checker, symbol);
    })
    .filter((name): name is string => name !== undefined);
  if (named.length > 0) return [...new Set(named)];
  // A receiver typed some other way (Pick<>, an intersection): the interface that declares the method.
  const declaring = methods.map((declaration) => appsScriptName(checker, declaration.parent));
  return [...new Set(declaring.filter((name): name is string => name !== undefined))];
}

function appsScriptName(checker: ts.TypeChecker, node: ts.Node): string | undefined {
  if (!ts.isInterfaceDeclaration(node)) return undefined;
  const symbol = checker.getSymbolAtLocation(node.name);
  return symbol === undefined ? undefined : qualified(checker, symbol);
}

function qualified(checker: ts.TypeChecker, symbol: ts.Symbol): string | undefined {
  const full = checker.getFullyQualifiedName(symbol);
  return full.startsWith('GoogleAppsScript.') ? full.slice('GoogleAppsScript.'.length) : undefined;
}

/** The calls of one method, with what it needs and which declared scope allows it. */
export interface MethodUse {
  readonly type: string;
  readonly method: string;
  readonly at: readonly string[];
  /** Any one of these (full URLs); empty when the method needs none. */
  readonly scopes: readonly string[];
  /** The declared scopes among `scopes`. */
  readonly granted: readonly string[];
  readonly url?: string;
}

/** What the check found. */
export interface ScopeReport {
  /** Every method called, with its scopes. */
  readonly uses: readonly MethodUse[];
  /** Called methods the table does not know. */
  readonly unknown: readonly { type: string; method: string; at: readonly string[] }[];
  /** Calls that no declared scope authorizes. */
  readonly unauthorized: readonly MethodUse[];
  /** Declared scopes that no call needs: every call they authorize, another declared scope authorizes too. */
  readonly unneeded: readonly { scope: string; authorizes: readonly string[] }[];
}

/** Checks calls against a manifest's `oauthScopes`. */
export function checkScopes(
  calls: readonly AppsScriptCall[],
  manifest: Manifest,
  table: ScopeTable,
): ScopeReport {
  const declared = manifest.oauthScopes ?? [];
  const byMethod = new Map<string, { type: string; method: string; at: string[] }>();
  for (const call of calls) {
    const key = `${call.type}.${call.method}`;
    const entry = byMethod.get(key) ?? { type: call.type, method: call.method, at: [] };
    entry.at.push(call.at);
    byMethod.set(key, entry);
  }
  const uses: MethodUse[] = [];
  const unknown: { type: string; method: string; at: string[] }[] = [];
  for (const entry of [...byMethod.values()].sort((a, b) =>
    `${a.type}.${a.method}`.localeCompare(`${b.type}.${b.method}`),
  )) {
    const known = table.method(entry.type, entry.method);
    if (known === undefined) {
      unknown.push(entry);
      continue;
    }
    uses.push({
      ...entry,
      scopes: known.scopes,
      granted: known.scopes.filter((scope) => declared.includes(scope)),
      ...(known.url === undefined ? {} : { url: known.url }),
    });
  }
  const unauthorized = uses.filter((use) => use.scopes.length > 0 && use.granted.length === 0);
  const unneeded = declared
    .filter((scope) => !uses.some((use) => use.granted.length === 1 && use.granted[0] === scope))
    .map((scope) => ({
      scope,
      authorizes: uses.filter((use) => use.granted.includes(scope)).map((use) => `${use.type}.${use.method}`),
    }));
  return { uses, unknown, unauthorized, unneeded };
}

/** Whether the report found nothing wrong. */
export function scopeReportPasses(report: ScopeReport): boolean {
  return report.unknown.length === 0 && report.unauthorized.length === 0 && report.unneeded.length === 0;
}

/** The report as text: the problems first, then which call needs which scope. */
export function formatScopeReport(report: ScopeReport): string {
  const lines: string[] = [];
  const where = (at: readonly string[]) =>
    at.length > 3 ? `${at.slice(0, 3).join(', ')}, …` : at.join(', ');
  for (const entry of report.unknown) {
    lines.push(
      `UNKNOWN ${entry.type}.${entry.method} (${where(entry.at)}): not in the scope table; add it to emulator/scopes with the scopes of its reference page`,
    );
  }
  for (const use of report.unauthorized) {
    lines.push(
      `NOT AUTHORIZED ${use.type}.${use.method} (${where(use.at)}) needs one of ${use.scopes.join(' | ')}; appsscript.json declares none of them${use.url === undefined ? '' : ` (${use.url})`}`,
    );
  }
  for (const entry of report.unneeded) {
    lines.push(
      entry.authorizes.length === 0
        ? `UNNEEDED ${entry.scope}: no call needs it`
        : `UNNEEDED ${entry.scope}: every call it authorizes (${entry.authorizes.join(', ')}) is authorized by another declared scope too`,
    );
  }
  lines.push('', 'Which call needs which scope:');
  for (const use of report.uses) {
    const need =
      use.scopes.length === 0
        ? 'no scope'
        : `${use.granted.length > 0 ? use.granted.join(' | ') : 'NONE of'} ← ${use.scopes.join(' | ')}`;
    lines.push(`  ${use.type}.${use.method}: ${need}  [${where(use.at)}]`);
  }
  return lines.join('\n');
}

/**
 * The program of the server code: `src/server/globals.ts` (the one list of what
 * Apps Script sees) and everything it imports, compiled with the project's
 * tsconfig. The client code runs in the browser and is not Apps Script.
 */
export function serverProgram(root: string): ts.Program {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  if (config.error !== undefined)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram([join(root, 'src', 'server', 'globals.ts')], { ...parsed.options, noEmit: true });
}

/** Whether a file is the add-on's own source (`src/`), not a library's. */
export function isSourceOf(root: string): (fileName: string) => boolean {
  const src = `${join(root, 'src').replace(/\\/g, '/')}/`;
  return (fileName) => fileName.replace(/\\/g, '/').startsWith(src);
}
