/**
 * The Advanced Drive service, v3 (the `Drive` global), as the add-on's Drive
 * adapter (`src/server/services/apps-script-drive.ts`) calls it, over the
 * in-memory `FakeDrive`: `Drive.Files.create`, `get`, `update` and `list`.
 *
 * Rules modelled, each from Google's reference:
 * - The global exists only when the manifest enables the service
 *   (`dependencies.enabledAdvancedServices`, its `userSymbol`); otherwise code
 *   touching it gets `ReferenceError: Drive is not defined`, as in Apps Script.
 *   https://developers.google.com/apps-script/guides/services/advanced
 *   https://developers.google.com/apps-script/manifest/dependencies
 * - What the declared scopes reach: `drive.file` only the files the add-on made
 *   for the user running it; `drive` and `drive.readonly` also the files the user
 *   owns (sharing is not modelled); `drive.readonly` never writes; with none of
 *   them every call is refused as Drive refuses a token without the scope.
 *   https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 * - Drive's answers are thrown as the advanced service throws them:
 *   `GoogleJsonResponseException` whose message is
 *   `API call to drive.files.<method> failed with error: <Drive's message>`; an
 *   item the add-on may not reach is "File not found: <id>." (404 notFound),
 *   trashing an item the user does not own "The user does not have sufficient
 *   permissions for file <id>." (403 insufficientFilePermissions).
 *   https://developers.google.com/workspace/drive/api/guides/handle-errors
 * - v3 answers only `kind`, `id`, `name` and `mimeType` unless `fields` asks for
 *   more. https://developers.google.com/workspace/drive/api/guides/fields-parameter
 * - An item has one parent (no multi-parenting since 2020).
 *   https://developers.google.com/workspace/drive/api/guides/ref-single-parent
 * - `list` answers only what the scopes reach, for the `q` terms in `'<id>' in
 *   parents`, `trashed = true|false`, `name = '<text>'`, `mimeType = '<type>'`
 *   (joined by `and`). https://developers.google.com/workspace/drive/api/guides/search-files
 *
 * Where the emulator does not know what Drive does (other methods, other
 * fields, `q` terms or arguments, uploads other than a Doc's PDF, a parent that
 * is no folder) it refuses with an error naming what is not modelled.
 */

import { FOLDER_MIME_TYPE, GOOGLE_DOC_MIME_TYPE, PDF_MIME_TYPE } from '../../src/server/services/documents';
import { type DriveMethod, type FakeDrive, type ItemState, ROOT_FOLDER_ID } from '../documents';
import { declaredScopes, enabledAdvancedServices, type Manifest } from '../scopes/manifest';
import { PdfBlobFacade } from './document-app';

/** The scopes that reach Drive files. */
export const DRIVE_SCOPES = {
  full: 'https://www.googleapis.com/auth/drive',
  file: 'https://www.googleapis.com/auth/drive.file',
  readonly: 'https://www.googleapis.com/auth/drive.readonly',
} as const;

/** A Drive file resource, as v3 answers it. */
export interface DriveFileResource {
  kind?: string;
  id?: string;
  name?: string;
  mimeType?: string;
  parents?: string[];
  trashed?: boolean;
  webViewLink?: string;
  ownedByMe?: boolean;
}

/** `Drive.Files`. */
export interface FilesFacade {
  create(
    resource: DriveFileResource,
    mediaData?: unknown,
    optionalArgs?: Record<string, unknown>,
  ): DriveFileResource;
  get(fileId: string, optionalArgs?: Record<string, unknown>): DriveFileResource;
  update(
    resource: DriveFileResource,
    fileId: string,
    mediaData?: unknown,
    optionalArgs?: Record<string, unknown>,
  ): DriveFileResource;
  list(optionalArgs?: Record<string, unknown>): {
    kind: string;
    incompleteSearch: boolean;
    files: DriveFileResource[];
  };
}

/** The `Drive` global. */
export interface AdvancedDriveFacade {
  readonly Files: FilesFacade;
}

/** The error the advanced service throws with Drive's answer. */
export class GoogleJsonResponseException extends Error {
  override name = 'GoogleJsonResponseException';
}

/**
 * The globals the manifest's advanced Drive service adds: `{ [userSymbol]: Drive }`,
 * or none when the manifest does not enable it.
 */
export function advancedDriveGlobals(manifest: Manifest, drive: () => FakeDrive): Record<string, unknown> {
  const globals: Record<string, unknown> = {};
  for (const service of enabledAdvancedServices(manifest)) {
    if (service.serviceId !== 'drive') continue;
    if (service.version !== 'v3') throw notModelled(`the Drive advanced service ${service.version}`);
    globals[service.userSymbol] = fakeAdvancedDrive(drive, declaredScopes(manifest));
  }
  return globals;
}

const ITEM_FIELDS = [
  'kind',
  'id',
  'name',
  'mimeType',
  'parents',
  'trashed',
  'webViewLink',
  'ownedByMe',
] as const;
type ItemField = (typeof ITEM_FIELDS)[number];
const DEFAULT_FIELDS: readonly ItemField[] = ['kind', 'id', 'name', 'mimeType'];
const CREATE_KEYS = new Set(['name', 'mimeType', 'parents']);
const UPDATE_KEYS = new Set(['name', 'trashed']);
const LIST_PAGE = 100;

/** `Drive` over the in-memory Drive, reaching what `scopes` reach. */
export function fakeAdvancedDrive(drive: () => FakeDrive, scopes: readonly string[]): AdvancedDriveFacade {
  const has = (scope: string) => scopes.includes(scope);
  const reads = has(DRIVE_SCOPES.full) || has(DRIVE_SCOPES.file) || has(DRIVE_SCOPES.readonly);
  const writes = has(DRIVE_SCOPES.full) || has(DRIVE_SCOPES.file);
  // `drive` and `drive.readonly` reach the user's own files; `drive.file` only the add-on's.
  const seesOwn = has(DRIVE_SCOPES.full) || has(DRIVE_SCOPES.readonly);
  const reaches = (item: ItemState | undefined): item is ItemState => {
    if (item === undefined) return false;
    const user = drive().user;
    return item.addOnUsers.includes(user) || (seesOwn && item.owner === user);
  };

  const begin = (method: DriveMethod, write: boolean): FakeDrive => {
    const state = drive();
    state.calls[method]++;
    if (!(write ? writes : reads))
      throw driveError(method, 'Request had insufficient authentication scopes.');
    return state;
  };
  const reach = (method: DriveMethod, state: FakeDrive, id: unknown): ItemState => {
    const item = typeof id === 'string' ? state.itemInfo(id === 'root' ? ROOT_FOLDER_ID : id) : undefined;
    if (!reaches(item)) throw driveError(method, `File not found: ${String(id)}.`);
    return item;
  };
  const folderFor = (method: DriveMethod, state: FakeDrive, id: unknown): string => {
    if (id === 'root' || id === ROOT_FOLDER_ID) return ROOT_FOLDER_ID;
    const folder = reach(method, state, id);
    if (folder.mimeType !== FOLDER_MIME_TYPE) throw notModelled(`a parent that is no folder (${folder.id})`);
    if (folder.owner !== state.user) throw insufficientPermissions(method, folder.id);
    return folder.id;
  };

  const Files: FilesFacade = {
    create(resource, mediaData, optionalArgs) {
      const state = begin('create', true);
      const given = resource ?? {};
      for (const key of Object.keys(given)) {
        if (!CREATE_KEYS.has(key)) throw notModelled(`Files.create with resource.${key}`);
      }
      const fields = fieldsOf(optionalArgs, ['fields']);
      const parents = given.parents ?? [ROOT_FOLDER_ID];
      if (parents.length !== 1) throw notModelled('an item with other than one parent');
      const parentId = folderFor('create', state, parents[0]);
      const options = { parentId, byAddOn: true };
      let made: { id: string };
      if (mediaData === undefined || mediaData === null) {
        const name = requireName(given.name);
        if (given.mimeType === FOLDER_MIME_TYPE) made = state.addFolder(name, options);
        else if (given.mimeType === GOOGLE_DOC_MIME_TYPE) made = state.addDocument(name, options);
        else throw notModelled(`Files.create of ${String(given.mimeType)} without content`);
      } else {
        if (!(mediaData instanceof PdfBlobFacade)) throw notModelled('uploads other than a Doc’s PDF');
        const mimeType = given.mimeType ?? mediaData.getContentType();
        if (mimeType !== PDF_MIME_TYPE) throw notModelled(`converting a PDF to ${mimeType}`);
        made = state.addPdf(requireName(given.name ?? mediaData.getName()), mediaData.source(), options);
      }
      return resourceOf(state, state.itemInfo(made.id) as ItemState, fields);
    },

    get(fileId, optionalArgs) {
      const state = begin('get', false);
      const fields = fieldsOf(optionalArgs, ['fields']);
      return resourceOf(state, reach('get', state, fileId), fields);
    },

    update(resource, fileId, mediaData, optionalArgs) {
      const state = begin('update', true);
      const given = resource ?? {};
      for (const key of Object.keys(given)) {
        if (!UPDATE_KEYS.has(key)) throw notModelled(`Files.update with resource.${key}`);
      }
      if (mediaData !== undefined && mediaData !== null) throw notModelled('Files.update with new content');
      const fields = fieldsOf(optionalArgs, ['fields', 'addParents', 'removeParents']);
      const item = reach('update', state, fileId);
      // In My Drive only the owner changes an item (sharing is not modelled).
      if (item.owner !== state.user) throw insufficientPermissions('update', item.id);
      const add = idList(optionalArgs?.addParents);
      const remove = new Set(idList(optionalArgs?.removeParents));
      const parents = [
        ...parentsOf(item).filter((id) => !remove.has(id)),
        ...add.map((id) => folderFor('update', state, id)),
      ];
      if (add.length > 0 || remove.size > 0) {
        if (parents.length !== 1) throw notModelled('an item with other than one parent');
        state.setParents(item.id, parents);
      }
      if (given.name !== undefined) state.rename(item.id, requireName(given.name));
      if (given.trashed !== undefined) {
        if (typeof given.trashed !== 'boolean') throw notModelled('a trashed value that is no boolean');
        state.setTrashed(item.id, given.trashed);
      }
      return resourceOf(state, state.itemInfo(item.id) as ItemState, fields);
    },

    list(optionalArgs) {
      const state = begin('list', false);
      for (const key of Object.keys(optionalArgs ?? {})) {
        if (!['q', 'fields', 'pageSize'].includes(key)) throw notModelled(`Files.list with ${key}`);
      }
      const { fields, filesFields } = listFieldsOf(optionalArgs?.fields);
      const match = queryOf(optionalArgs?.q);
      const found = state.items().filter((item) => reaches(item) && match(item));
      const pageSize = optionalArgs?.pageSize === undefined ? LIST_PAGE : Number(optionalArgs.pageSize);
      if (found.length > pageSize) throw notModelled('more than one page of results');
      const answer = {
        kind: 'drive#fileList',
        incompleteSearch: false,
        files: found.map((item) => resourceOf(state, item, filesFields)),
      };
      if (fields === undefined) return answer;
      return Object.fromEntries(
        Object.entries(answer).filter(([key]) => fields.includes(key)),
      ) as typeof answer;
    },
  };
  return { Files };
}

/** Drive's answer, as the advanced service throws it. */
export function driveError(method: DriveMethod, message: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(`API call to drive.files.${method} failed with error: ${message}`);
}

function insufficientPermissions(method: DriveMethod, id: string): GoogleJsonResponseException {
  return driveError(method, `The user does not have sufficient permissions for file ${id}.`);
}

function requireName(name: unknown): string {
  if (typeof name !== 'string' || name === '') throw notModelled('an item without a name');
  return name;
}

function idList(value: unknown): string[] {
  if (value === undefined) return [];
  return String(value)
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** The fields asked for an item, the allowed optional arguments checked. */
function fieldsOf(
  optionalArgs: Record<string, unknown> | undefined,
  allowed: readonly string[],
): readonly ItemField[] {
  for (const key of Object.keys(optionalArgs ?? {})) {
    if (!allowed.includes(key)) throw notModelled(`the optional argument ${key}`);
  }
  const fields = optionalArgs?.fields;
  if (fields === undefined) return DEFAULT_FIELDS;
  return itemFields(String(fields));
}

function itemFields(text: string): readonly ItemField[] {
  if (text.trim() === '*') return ITEM_FIELDS;
  return splitFields(text).map((field) => {
    if (!(ITEM_FIELDS as readonly string[]).includes(field)) throw notModelled(`the field ${field}`);
    return field as ItemField;
  });
}

/** `list`'s fields: the answer's own (`undefined` for all) and those of each file. */
function listFieldsOf(text: unknown): { fields: string[] | undefined; filesFields: readonly ItemField[] } {
  if (text === undefined) return { fields: undefined, filesFields: DEFAULT_FIELDS };
  const fields: string[] = [];
  let filesFields: readonly ItemField[] = DEFAULT_FIELDS;
  for (const field of splitFields(String(text))) {
    const nested = /^files\((.*)\)$/.exec(field);
    if (nested) {
      fields.push('files');
      filesFields = itemFields(nested[1] as string);
    } else if (field === 'files') {
      fields.push('files');
      filesFields = ITEM_FIELDS;
    } else if (field === 'kind' || field === 'incompleteSearch' || field === 'nextPageToken') {
      fields.push(field);
    } else {
      throw notModelled(`the list field ${field}`);
    }
  }
  return { fields, filesFields };
}

/** Top-level comma-separated fields, parentheses kept whole. */
function splitFields(text: string): string[] {
  const fields: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      fields.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  fields.push(current.trim());
  return fields.filter((field) => field !== '');
}

const QUERY_TERM =
  /^(?:'((?:[^'\\]|\\.)*)' in parents|trashed\s*=\s*(true|false)|name\s*=\s*'((?:[^'\\]|\\.)*)'|mimeType\s*=\s*'((?:[^'\\]|\\.)*)')$/;

/** A `q` of the modelled terms, as a test of an item. */
function queryOf(q: unknown): (item: ItemState) => boolean {
  if (q === undefined || String(q).trim() === '') return () => true;
  const tests = String(q)
    .split(/\s+and\s+/)
    .map((term) => {
      const match = QUERY_TERM.exec(term.trim());
      if (!match) throw notModelled(`the query term ${term.trim()}`);
      const [, parent, trashed, name, mimeType] = match;
      const unquote = (text: string) => text.replace(/\\(.)/g, '$1');
      if (parent !== undefined) {
        const id = unquote(parent) === 'root' ? ROOT_FOLDER_ID : unquote(parent);
        return (item: ItemState) => parentsOf(item).includes(id);
      }
      if (trashed !== undefined) return (item: ItemState) => item.trashed === (trashed === 'true');
      if (name !== undefined) return (item: ItemState) => item.name === unquote(name);
      return (item: ItemState) => item.mimeType === unquote(mimeType as string);
    });
  return (item) => tests.every((test) => test(item));
}

function parentsOf(item: ItemState): string[] {
  return item.mimeType === FOLDER_MIME_TYPE
    ? [(item as { parentId: string | null }).parentId ?? ''].filter((id) => id !== '')
    : [...(item as { parentIds: readonly string[] }).parentIds];
}

function resourceOf(state: FakeDrive, item: ItemState, fields: readonly ItemField[]): DriveFileResource {
  const all: Required<DriveFileResource> = {
    kind: 'drive#file',
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    parents: parentsOf(item),
    trashed: item.trashed,
    webViewLink: item.url,
    ownedByMe: item.owner === state.user,
  };
  const resource: DriveFileResource = {};
  for (const field of fields) (resource as Record<string, unknown>)[field] = all[field];
  return resource;
}

function notModelled(what: string): Error {
  return new Error(
    `Drive facade: ${what} is not modelled by the emulator (it refuses what it does not know Drive to do).`,
  );
}
