/**
 * What `@types/google-apps-script` (2.0.x, `apis/docs_v1.d.ts`) lacks of the Docs
 * API v1 that the Docs adapter sends and reads, declared onto its
 * `GoogleAppsScript.Docs.Schema` from the API's reference
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/request,
 * https://developers.google.com/docs/api/reference/rest/v1/documents#TableRowStyle).
 * Types only: nothing here runs.
 */

declare global {
  namespace GoogleAppsScript.Docs.Schema {
    interface Request {
      /** https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateTableRowStyleRequest */
      updateTableRowStyle?: UpdateTableRowStyleRequest | undefined;
      /** https://developers.google.com/docs/api/reference/rest/v1/documents/request#PinTableHeaderRowsRequest */
      pinTableHeaderRows?: PinTableHeaderRowsRequest | undefined;
    }
    interface UpdateTableRowStyleRequest {
      tableStartLocation?: Location | undefined;
      /** Rows to style, all when empty. */
      rowIndices?: number[] | undefined;
      tableRowStyle?: TableRowStyle | undefined;
      fields?: string | undefined;
    }
    interface PinTableHeaderRowsRequest {
      tableStartLocation?: Location | undefined;
      /** Rows pinned from the top; 0 unpins them all. */
      pinnedHeaderRowsCount?: number | undefined;
    }
    interface TableRowStyle {
      /** Whether the row cannot overflow across page or column boundaries. */
      preventOverflow?: boolean | undefined;
      /** Whether the row is a (pinned) table header. Output only. */
      tableHeader?: boolean | undefined;
    }
  }
}

export {};
