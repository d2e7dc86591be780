module.exports = { ...require('../../jest.preset.cjs'), displayName: 'node-admin', rootDir: __dirname };
