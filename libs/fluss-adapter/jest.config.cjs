module.exports = { ...require('../../jest.preset.cjs'), displayName: 'fluss-adapter', rootDir: __dirname };
