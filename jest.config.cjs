// All Jest projects in one run (used by tools/test-all.sh for a single pass/fail count).
module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.cjs', '<rootDir>/apps/*/jest.config.cjs'],
};
