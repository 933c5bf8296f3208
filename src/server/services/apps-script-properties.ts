/**
 * `PropertyStore` over the real `PropertiesService.getDocumentProperties()`. The
 * store is fetched on first use and kept; the service throws its own errors when
 * a value is over its limits.
 *
 * Nothing here runs at load time: `PropertiesService` is only touched inside calls.
 */

import type { PropertyStore } from './properties';

/**
 * The bound spreadsheet's document properties.
 *
 * @example appsScriptDocumentProperties().get('batch')
 */
export function appsScriptDocumentProperties(): PropertyStore {
  let properties: GoogleAppsScript.Properties.Properties | undefined;
  const store = (): GoogleAppsScript.Properties.Properties => {
    if (properties === undefined) {
      // `getDocumentProperties` gives null when the script runs outside a document.
      const documentProperties =
        PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties | null;
      if (documentProperties === null) {
        throw new Error('No document properties: the script is not running in a spreadsheet.');
      }
      properties = documentProperties;
    }
    return properties;
  };
  return {
    get: (key) => store().getProperty(key) ?? undefined,
    set(key, value) {
      store().setProperty(key, value);
    },
    delete(key) {
      store().deleteProperty(key);
    },
    keys: () => store().getKeys(),
  };
}
