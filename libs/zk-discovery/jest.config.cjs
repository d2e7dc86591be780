module.exports = { ...require('../../jest.preset.cjs'), displayName: 'zk-discovery', rootDir: __dirname };
