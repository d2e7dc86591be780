const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

/**
 * Webpack config for a NestJS app: one Node bundle of the app and its workspace libraries;
 * npm packages (lmdb's native addon among them) stay external and load from node_modules.
 * APP_OUTPUT_DIR puts the bundle elsewhere (a private build beside dist/, for parallel work;
 * build with --skip-nx-cache then, since Nx caches dist/ only).
 */
module.exports = function nodeAppConfig(appDir, appName) {
  return {
    output: { path: process.env.APP_OUTPUT_DIR || join(appDir, '../../dist/apps', appName) },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
      }),
    ],
  };
};
