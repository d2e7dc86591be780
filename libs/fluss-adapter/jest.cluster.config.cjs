// Tests against a real Fluss cluster (tools/fluss.sh start); FLUSS_BOOTSTRAP names it.
const base = require('./jest.config.cjs');
module.exports = { ...base, displayName: 'fluss-adapter (real Fluss)', testMatch: ['<rootDir>/test/**/*.cluster.ts'], testTimeout: 120000 };
