/**
 * `DriveService` over the Advanced Drive service, v3 (the `Drive` global, enabled
 * in `appsscript.json` under `dependencies.enabledAdvancedServices`).
 *
 * Why not `DriveApp`: every `DriveApp` method needs the full `drive` scope (each
 * method's "Authorization" on its reference page), while the Drive API honours
 * `drive.file`, which reaches exactly the files the add-on made: its reports
 * folder, the Docs and PDFs in it. https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 *
 * Errors say what they are: only Drive's own answers "not found" (404 notFound)
 * and "access denied" (403 insufficientFilePermissions, appNotAuthorizedToFile)
 * mean "nothing there for the add-on" (https://developers.google.com/workspace/drive/api/guides/handle-errors).
 * A missing scope ("You do not have permission to call …", "Specified permissions
 * are not sufficient …", "Request had insufficient authentication scopes."), an
 * outage or a quota is thrown as it is.
 *
 * Nothing here runs at load time: the services are only touched inside calls.
 */

import {
  type DriveService,
  type FileRef,
  FOLDER_MIME_TYPE,
  GOOGLE_DOC_MIME_TYPE,
  PDF_MIME_TYPE,
} from './documents';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FilesCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

/** What every lookup and creation asks Drive to answer with (v3 answers only a few fields unless told). */
const FILE_FIELDS = 'id,name,mimeType,trashed,webViewLink';

/**
 * "No media" for `Files.create(resource, mediaData, optionalArgs)`: the advanced
 * service takes `null` there, so the optional arguments (`fields`) can follow.
 */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

/**
 * Drive, over the Advanced Drive service v3.
 *
 * @example appsScriptDrive().createFolder('รายงานผล KPI 2566').url
 */
export function appsScriptDrive(): DriveService {
  return {
    file(id) {
      try {
        return fileRef(files().get(id, { fields: FILE_FIELDS }));
      } catch (error) {
        if (driveRefusal(error) !== undefined) return undefined;
        throw error;
      }
    },
    createFolder: (name) =>
      fileRef(files().create({ name, mimeType: FOLDER_MIME_TYPE }, NO_MEDIA, { fields: FILE_FIELDS })),
    createDocument: (name, folderId) =>
      fileRef(
        files().create({ name, mimeType: GOOGLE_DOC_MIME_TYPE, parents: [folderId] }, NO_MEDIA, {
          fields: FILE_FIELDS,
        }),
      ),
    createPdf(docId, name, folderId) {
      // Docs renders the PDF; Drive's own `files.export` would need `alt=media`,
      // which the advanced service cannot ask for.
      const pdf = DocumentApp.openById(docId).getAs(PDF_MIME_TYPE);
      return fileRef(
        files().create({ name: `${name}.pdf`, mimeType: PDF_MIME_TYPE, parents: [folderId] }, pdf, {
          fields: FILE_FIELDS,
        }),
      );
    },
    trash(fileId) {
      try {
        files().update({ trashed: true }, fileId);
        return true;
      } catch (error) {
        if (driveRefusal(error) !== undefined) return false;
        throw error;
      }
    },
  };
}

/**
 * Drive's files. Where the manifest does not enable the service, `Drive` is no
 * global and this throws Apps Script's own `ReferenceError: Drive is not defined`
 * (the type's `| undefined` never happens at run time).
 */
function files(): FilesCollection {
  return (Drive as GoogleAppsScript.Drive).Files;
}

/** How Drive refused, in its own words. */
export type DriveRefusal = 'notFound' | 'accessDenied';

// The advanced service reports Drive's answer as
// `API call to drive.files.<method> failed with error: <Drive's message>`.
const DRIVE_ANSWER =
  /^(?:GoogleJsonResponseException: )?API call to drive\.files\.\w+ failed with error: ([\s\S]*)$/;

/**
 * Whether an error is Drive saying there is nothing there for the add-on:
 * `notFound` for "File not found: <id>." (no such file, or one `drive.file` does
 * not reach), `accessDenied` for a file the user may not change or the app may
 * not open; `undefined` for anything else, which must be reported as itself.
 *
 * @example driveRefusal(new Error('API call to drive.files.get failed with error: File not found: 1AbC.')) // 'notFound'
 */
export function driveRefusal(error: unknown): DriveRefusal | undefined {
  const answer = DRIVE_ANSWER.exec(messageOf(error))?.[1];
  if (answer === undefined) return undefined;
  if (/^File not found: /.test(answer)) return 'notFound';
  if (/^The user does not have sufficient permissions for file /.test(answer)) return 'accessDenied';
  if (/^The user has not granted the app \S+ \S+ access to the file /.test(answer)) return 'accessDenied';
  return undefined;
}

/** An error's message, whichever realm made it (the add-on's values are not always its own). */
function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return String(error);
}

function fileRef(file: DriveFile): FileRef {
  const { id, name, mimeType, webViewLink } = file;
  if (id === undefined || name === undefined || mimeType === undefined || webViewLink === undefined) {
    throw new Error(`Drive answered without ${FILE_FIELDS}: ${JSON.stringify(file)}`);
  }
  return { id, name, mimeType, url: webViewLink, trashed: file.trashed === true };
}
