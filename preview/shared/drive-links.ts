/**
 * Links into the in-memory Drive: the add-on writes Google's addresses (a Doc,
 * a PDF, a folder); the preview opens them from its own Drive at `/drive/<id>`.
 */

const DRIVE_LINK =
  /^https:\/\/(?:docs\.google\.com\/document\/d\/|drive\.google\.com\/file\/d\/|drive\.google\.com\/drive\/folders\/)([\w-]+)/;

/**
 * The preview's address for a Google Docs or Drive link, or the link as it is.
 *
 * @example previewLink('https://docs.google.com/document/d/doc-3/edit') // '/drive/doc-3'
 */
export function previewLink(url: string): string {
  const match = DRIVE_LINK.exec(url);
  return match ? `/drive/${match[1]}` : url;
}

/** The same rule as JavaScript source, for the shim put into the pages of dist/. */
export const PREVIEW_LINK_SOURCE = `function (url) { var match = ${DRIVE_LINK.toString()}.exec(url); return match ? '/drive/' + match[1] : url; }`;
