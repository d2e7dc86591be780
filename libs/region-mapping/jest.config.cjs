module.exports = { ...require('../../jest.preset.cjs'), displayName: 'region-mapping', rootDir: __dirname };
