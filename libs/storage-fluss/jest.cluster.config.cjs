// Tests against a real Fluss cluster (tools/fluss.sh start); FLUSS_BOOTSTRAP names it, FLUSS_DIR its state folder.
const base = require('./jest.config.cjs');
module.exports = { ...base, displayName: 'storage-fluss (real Fluss)', testMatch: ['<rootDir>/test/**/*.cluster.ts'], testTimeout: 300000 };
