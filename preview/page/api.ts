/** The preview server's API, as promises. */

import type {
  CellEditRequest,
  PreviewState,
  RunResult,
  SelectionView,
  ServerEvent,
  SheetView,
} from '../shared/protocol';

async function get<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * A change: JSON, which with the Origin the browser adds is what the server
 * requires of a change (`preview/server/request-guard.ts`).
 */
async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const value = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(value.error ?? `${path}: ${response.status}`);
  return value;
}

export const api = {
  state: () => get<PreviewState>('/api/state'),
  sheet: (name: string, rows: number) =>
    get<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}&rows=${rows}`),
  select: (selection: SelectionView) => post<{ ok: boolean }>('/api/select', selection),
  edit: (request: CellEditRequest) => post<{ ok: boolean }>('/api/cell', request),
  runMenu: (functionName: string) => post<RunResult>('/api/menu', { functionName }),
  open: () => post<RunResult>('/api/open', {}),
  reset: () => post<{ ok: boolean }>('/api/reset', {}),
};

/** Listens to the server's events; calls `onOpen` each time the stream (re)connects. */
export function listen(onEvent: (event: ServerEvent) => void, onOpen: () => void, onLost: () => void): void {
  const source = new EventSource('/api/events');
  source.onopen = () => onOpen();
  source.onerror = () => onLost();
  source.onmessage = (message) => onEvent(JSON.parse(message.data as string) as ServerEvent);
}
