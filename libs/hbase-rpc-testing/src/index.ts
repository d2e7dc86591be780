export { RawHBaseConnection } from './raw-client';
export type { RawResponse } from './raw-client';
