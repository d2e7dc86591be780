module.exports = { ...require('../../jest.preset.cjs'), displayName: 'hbase-codec', rootDir: __dirname };
