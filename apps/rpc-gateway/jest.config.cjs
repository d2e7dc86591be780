module.exports = { ...require('../../jest.preset.cjs'), displayName: 'rpc-gateway', rootDir: __dirname };
