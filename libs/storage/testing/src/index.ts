export { describeStorageConformance } from './conformance';
export type { ConformanceOptions, EngineUnderTest } from './suite';
