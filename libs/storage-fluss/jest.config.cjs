module.exports = { ...require('../../jest.preset.cjs'), displayName: 'storage-fluss', rootDir: __dirname };
