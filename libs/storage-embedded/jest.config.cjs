module.exports = { ...require('../../jest.preset.cjs'), displayName: 'storage-embedded', rootDir: __dirname };
