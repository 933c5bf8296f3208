/**
 * Reads Google's reference, as the `gas-types-detailed` package ships it (the
 * Apps Script declarations with each method's reference page as JSDoc), into the
 * emulator's scope table: for every interface of the built-in services, each
 * method's documented "Authorization" scopes and the Apps Script type it returns,
 * and each property that holds another service object.
 *
 * Parsing the package takes seconds, so the table is committed as
 * `reference.json`; `test/emulator/scopes/reference.test.ts` reads the package
 * again and fails when the two differ (`UPDATE_SCOPE_TABLE=1` rewrites the file,
 * formatted by Biome).
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { SCOPE_PREFIX } from './scope-names';

/** One method: its scopes (short names, see `scope-names.ts`) and the Apps Script type it returns. */
export interface ReferenceMethod {
  /** Short scope names; any one of them authorizes a call. Empty: the page lists none. */
  readonly scopes: readonly string[];
  /** The Apps Script type returned (`Spreadsheet.Range`, `Spreadsheet.Sheet[]`), absent for values. */
  readonly returns?: string;
}

/** One interface of the reference. */
export interface ReferenceType {
  /** The reference page of the class (developers.google.com/apps-script/reference/...). */
  readonly url?: string;
  readonly methods: Readonly<Record<string, ReferenceMethod>>;
  /** Properties that hold another service object (the Apps Script type they hold). */
  readonly properties?: Readonly<Record<string, string>>;
}

/** The whole reference: types by name under `GoogleAppsScript` (`Spreadsheet.Range`), and the globals. */
export interface ReferenceTable {
  readonly source: string;
  /** Each service global and its type (`SpreadsheetApp` → `Spreadsheet.SpreadsheetApp`). */
  readonly globals: Readonly<Record<string, string>>;
  readonly types: Readonly<Record<string, ReferenceType>>;
}

/**
 * The services kept: those the emulator serves and the ones their objects lead to
 * (a Sheets chart is a `Charts` object). A service the add-on starts to use goes
 * here, then into the emulator.
 */
export const REFERENCE_NAMESPACES: readonly string[] = [
  'Base',
  'Cache',
  'Charts',
  'Document',
  'Drive',
  'HTML',
  'Lock',
  'Properties',
  'Script',
  'Spreadsheet',
  'Utilities',
];

/** The package's files of the kept services (the advanced services in `apis/` are left out). */
function serviceFiles(packageDir: string): string[] {
  return readdirSync(packageDir)
    .filter((name) => /^google-apps-script\..+\.d\.ts$/.test(name))
    .sort()
    .map((name) => join(packageDir, name));
}

/**
 * The scope table of the `gas-types-detailed` package in `packageDir`.
 *
 * @example readReferenceTable('node_modules/gas-types-detailed').types['Drive.DriveApp']?.methods.createFolder
 *   // { scopes: ['drive'], returns: 'Drive.Folder' }
 */
export function readReferenceTable(packageDir: string, source = 'gas-types-detailed'): ReferenceTable {
  const files = serviceFiles(packageDir);
  const program = ts.createProgram(files, {
    noEmit: true,
    types: [],
    lib: ['lib.es2015.d.ts'],
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const kept = (name: string) => REFERENCE_NAMESPACES.includes(name.split('.')[0] as string);
  const types: Record<string, ReferenceType> = {};
  const globals: Record<string, string> = {};
  for (const file of files.map((name) => program.getSourceFile(name))) {
    if (file === undefined) continue;
    visit(file, (node) => {
      if (ts.isInterfaceDeclaration(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const name = symbol === undefined ? undefined : typeName(checker, symbol);
        if (symbol !== undefined && name !== undefined && kept(name) && types[name] === undefined)
          types[name] = readType(checker, symbol);
      } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.type !== undefined) {
        // `declare var SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;`
        const held = returnedType(checker, checker.getTypeFromTypeNode(node.type));
        if (held !== undefined && kept(held)) globals[node.name.text] = held;
      }
    });
  }
  return { source, globals: sortedByKey(globals), types: sortedByKey(types) };
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as T;
  return sorted;
}

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  ts.forEachChild(node, (child) => visit(child, each));
}

/** `Spreadsheet.Range` for `GoogleAppsScript.Spreadsheet.Range`; undefined outside that namespace. */
function typeName(checker: ts.TypeChecker, symbol: ts.Symbol): string | undefined {
  const full = checker.getFullyQualifiedName(symbol);
  return full.startsWith('GoogleAppsScript.') ? full.slice('GoogleAppsScript.'.length) : undefined;
}

function readType(checker: ts.TypeChecker, symbol: ts.Symbol): ReferenceType {
  const declared = checker.getDeclaredTypeOfSymbol(symbol);
  const methods: Record<string, { scopes: string[]; returns?: string }> = {};
  const properties: Record<string, string> = {};
  let url: string | undefined;
  for (const member of checker.getPropertiesOfType(declared)) {
    const declarations = member.declarations ?? [];
    const signatures = declarations.filter((declaration): declaration is ts.MethodSignature =>
      ts.isMethodSignature(declaration),
    );
    if (signatures.length === 0) {
      const property = declarations.find(ts.isPropertySignature);
      if (property === undefined) continue;
      const held = returnedType(checker, checker.getTypeOfSymbol(member));
      if (held !== undefined) properties[member.name] = held;
      continue;
    }
    // Deprecated members are kept: a call to one still needs its scopes.
    const entry: { scopes: string[]; returns?: string } = methods[member.name] ?? { scopes: [] };
    for (const signature of signatures) {
      const doc = leadingJsDoc(signature);
      for (const scope of documentedScopes(doc)) if (!entry.scopes.includes(scope)) entry.scopes.push(scope);
      url ??= classPage(doc);
      const checked = checker.getSignatureFromDeclaration(signature);
      const returns = checked === undefined ? undefined : returnedType(checker, checked.getReturnType());
      if (returns !== undefined && entry.returns !== undefined && entry.returns !== returns) {
        // XML's removeContent() gives an array, removeContent(i) one item: the guard tells them apart by the value.
        if (entry.returns.replace(/\[\]$/, '') !== returns.replace(/\[\]$/, '')) {
          throw new Error(
            `${typeName(checker, symbol)}.${member.name}: overloads return ${entry.returns} and ${returns}`,
          );
        }
        entry.returns = entry.returns.replace(/\[\]$/, '');
      } else if (returns !== undefined) entry.returns = returns;
    }
    methods[member.name] = entry;
  }
  const type: {
    url?: string;
    methods: Record<string, ReferenceMethod>;
    properties?: Record<string, string>;
  } = {
    methods: sortedByKey(methods),
  };
  if (url !== undefined) type.url = url;
  if (Object.keys(properties).length > 0) type.properties = sortedByKey(properties);
  return type;
}

/** The JSDoc block directly above a declaration. */
function leadingJsDoc(declaration: ts.Node): string {
  const text = declaration.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  return ranges
    .map((range) => text.slice(range.pos, range.end))
    .filter((comment) => comment.startsWith('/**'))
    .join('\n');
}

/**
 * The scopes of the "Authorization" section: "Scripts that use this method
 * require authorization with one or more of the following scopes:" then one
 * `- https://www.googleapis.com/auth/...` line each.
 */
export function documentedScopes(doc: string): string[] {
  const section = doc.split(/\n\s*\*\s*Authorization:\s*\n/)[1];
  if (section === undefined) return [];
  const scopes: string[] = [];
  for (const line of section.split('\n')) {
    const match = /^\s*\*\s*-\s*(https:\/\/www\.googleapis\.com\/auth\/\S+)\s*$/.exec(line);
    if (match) scopes.push((match[1] as string).slice(SCOPE_PREFIX.length));
    else if (scopes.length > 0) break;
  }
  return scopes;
}

/** The class's reference page, from a method's link (`.../spreadsheet/range#setValues(Object)`). */
function classPage(doc: string): string | undefined {
  const match = /https:\/\/developers\.google\.com\/apps-script\/reference\/[\w/-]+/.exec(doc);
  return match?.[0];
}

/** The Apps Script type a value of this type is (`Spreadsheet.Sheet`, `Spreadsheet.Sheet[]`), if it is one. */
function returnedType(checker: ts.TypeChecker, type: ts.Type): string | undefined {
  if (type.isUnion()) {
    const named = type.types
      .map((member) => returnedType(checker, member))
      .filter((name) => name !== undefined);
    const distinct = [...new Set(named)];
    return distinct.length === 1 ? distinct[0] : undefined;
  }
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type as ts.TypeReference);
    const inner = element === undefined ? undefined : returnedType(checker, element);
    return inner === undefined ? undefined : `${inner}[]`;
  }
  const symbol = type.getSymbol();
  if (symbol === undefined || (symbol.flags & ts.SymbolFlags.Interface) === 0) return undefined;
  return typeName(checker, symbol);
}
