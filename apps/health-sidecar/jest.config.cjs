module.exports = { ...require('../../jest.preset.cjs'), displayName: 'health-sidecar', rootDir: __dirname };
