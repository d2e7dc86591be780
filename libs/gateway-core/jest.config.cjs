module.exports = { ...require('../../jest.preset.cjs'), displayName: 'gateway-core', rootDir: __dirname };
