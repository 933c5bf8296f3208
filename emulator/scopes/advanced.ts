/**
 * The advanced services the add-on uses, by hand: `gas-types-detailed` has no
 * Drive v3, and an advanced service's scopes are those of the REST method it
 * calls, listed on that method's REST reference page ("Authorization scopes")
 * and in the API's discovery document. Each entry links its page.
 *
 * An advanced service is a global only when the manifest enables it
 * (`dependencies.enabledAdvancedServices`, https://developers.google.com/apps-script/guides/services/advanced),
 * under its `userSymbol`.
 */

import type { ReferenceType } from './read-reference';

/** An advanced service as the manifest names it, and the type of its global. */
export interface AdvancedService {
  /** `serviceId` in `enabledAdvancedServices`. */
  readonly serviceId: string;
  readonly version: string;
  /** The type of the global (`Drive` is `GoogleAppsScript.Drive` in @types/google-apps-script). */
  readonly type: string;
  /** The REST reference of the API. */
  readonly url: string;
}

/** The advanced services the emulator knows. */
export const ADVANCED_SERVICES: readonly AdvancedService[] = [
  {
    serviceId: 'drive',
    version: 'v3',
    type: 'Drive',
    url: 'https://developers.google.com/drive/api/reference/rest/v3',
  },
  {
    serviceId: 'docs',
    version: 'v1',
    type: 'Docs',
    url: 'https://developers.google.com/docs/api/reference/rest/v1',
  },
];

/** A REST method as an advanced service calls it. */
export interface AdvancedMethod {
  /** Short scope names, in the reference page's order; any one of them authorizes the call. */
  readonly scopes: readonly string[];
  /** The REST method's id (`drive.files.create`), as Apps Script names it in its errors. */
  readonly rest: string;
  /** The REST reference page of the method. */
  readonly url: string;
}

// The scope lists below are the "Authorization scopes" of each method's REST
// page; they match the `scopes` of the method in Google's discovery documents
// (googleapis/google-api-go-client drive/v3/drive-api.json and docs/v1/docs-api.json).
const DRIVE_READ = [
  'drive',
  'drive.appdata',
  'drive.file',
  'drive.meet.readonly',
  'drive.metadata',
  'drive.metadata.readonly',
  'drive.photos.readonly',
  'drive.readonly',
];

function driveFiles(method: string, scopes: readonly string[]): AdvancedMethod {
  return {
    scopes,
    rest: `drive.files.${method}`,
    url: `https://developers.google.com/drive/api/reference/rest/v3/files/${method}`,
  };
}

function docsDocuments(method: string, scopes: readonly string[]): AdvancedMethod {
  return {
    scopes,
    rest: `docs.documents.${method}`,
    url: `https://developers.google.com/docs/api/reference/rest/v1/documents/${method}`,
  };
}

/** The REST methods the advanced services call, by the Apps Script type that calls them. */
export const ADVANCED_METHODS: Readonly<Record<string, Readonly<Record<string, AdvancedMethod>>>> = {
  'Drive_v3.Drive.V3.Collection.FilesCollection': {
    copy: driveFiles('copy', ['drive', 'drive.appdata', 'drive.file', 'drive.photos.readonly']),
    create: driveFiles('create', ['drive', 'drive.appdata', 'drive.file']),
    delete: driveFiles('delete', ['drive', 'drive.appdata', 'drive.file']),
    export: driveFiles('export', ['drive', 'drive.file', 'drive.meet.readonly', 'drive.readonly']),
    get: driveFiles('get', DRIVE_READ),
    list: driveFiles('list', DRIVE_READ),
    update: driveFiles('update', ['drive', 'drive.appdata', 'drive.file', 'drive.metadata', 'drive.scripts']),
  },
  'Docs.Collection.DocumentsCollection': {
    batchUpdate: docsDocuments('batchUpdate', ['documents', 'drive', 'drive.file']),
    create: docsDocuments('create', ['documents', 'drive', 'drive.file']),
    get: docsDocuments('get', ['documents', 'documents.readonly', 'drive', 'drive.file', 'drive.readonly']),
  },
};

/**
 * The advanced globals themselves: a collection is a property (`Drive.Files`),
 * and `newFile()` and the like only make a plain resource object, no request.
 */
export const ADVANCED_TYPES: Readonly<Record<string, ReferenceType>> = {
  Drive: {
    url: 'https://developers.google.com/apps-script/advanced/drive',
    methods: {
      newFile: { scopes: [] },
      newPermission: { scopes: [] },
    },
    properties: { Files: 'Drive_v3.Drive.V3.Collection.FilesCollection' },
  },
  Docs: {
    url: 'https://developers.google.com/apps-script/advanced/docs',
    methods: {
      newBatchUpdateDocumentRequest: { scopes: [] },
      newDocument: { scopes: [] },
    },
    properties: { Documents: 'Docs.Collection.DocumentsCollection' },
  },
};
