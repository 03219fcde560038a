/** IPC channel names, shared by the main process binding and the preload. */
export const CALL_CHANNEL = 'stafett:call';
export const PUSH_CHANNEL = 'stafett:push';
